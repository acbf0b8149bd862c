package nl.gemeenschapsfonds.cofinancing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The co-financing module's public read of the pledges to an authority's applications, a page at a time, for the
 * integration API. No {@code @PreAuthorize}, on purpose: its caller is an API client (a token, not a signed-in staff
 * member) whose authority the API has checked; views never use it. Funder names come from
 * {@link nl.gemeenschapsfonds.organisation.Organisations#funders}.
 */
@Component
public class PledgeRecords {

    private final JdbcClient jdbc;

    PledgeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pledge as the API lists it. */
    public record PledgeRecord(long id, long applicationId, long funderId, int year, BigDecimal amount, PledgeKind kind,
                               PledgeStatus status, Instant confirmedAt, LocalDate receivedOn) {
    }

    /**
     * The pledges to submitted applications of the authority with an id above {@code afterId}, in id order, at most
     * {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<PledgeRecord> ofAuthority(long authorityId, long afterId, int limit) {
        return jdbc.sql("""
                        select p.id, p.application_id, p.funder_id, p.year, p.amount, p.kind, p.status, p.confirmed_at,
                               p.received_on
                        from pledge p join application_authority s on s.application_id = p.application_id
                        where s.authority_id = ? and p.id > ? order by p.id limit ?""")
                .params(authorityId, afterId, limit)
                .query((rs, row) -> new PledgeRecord(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("funder_id"),
                        rs.getInt("year"), rs.getBigDecimal("amount"), PledgeKind.valueOf(rs.getString("kind")),
                        PledgeStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("confirmed_at")),
                        date(rs.getDate("received_on"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
