package nl.gemeenschapsfonds.records;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.EnumMap;

/** The tables {@code retention_case} and {@code retention_rule} (records' own). */
@Component
class RetentionCases {

    private final JdbcClient jdbc;

    RetentionCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts following an application once it is submitted; nothing when it is followed already. */
    void open(long applicationId, String reference, long authorityId, long fundId, long callId) {
        jdbc.sql("""
                        insert into retention_case (application_id, reference, authority_id, fund_id, call_id)
                        values (?, ?, ?, ?, ?) on conflict (application_id) do nothing""")
                .params(applicationId, reference, authorityId, fundId, callId).update();
    }

    boolean exists(long applicationId) {
        return jdbc.sql("select count(*) from retention_case where application_id = ?").param(applicationId)
                .query(Integer.class).single() > 0;
    }

    /** The application closed with this outcome on this day. */
    void close(long applicationId, RetentionOutcome outcome, LocalDate closedOn) {
        jdbc.sql("update retention_case set outcome = ?, closed_on = ? where application_id = ? and destroyed_at is null")
                .params(outcome.name(), Date.valueOf(closedOn), applicationId).update();
    }

    /** A grant: not closed yet, unless a settlement in the same transaction closed it already. */
    void granted(long applicationId) {
        jdbc.sql("update retention_case set outcome = 'GRANTED' where application_id = ? and outcome is null")
                .param(applicationId).update();
    }

    /** Money came back after the settlement: the grant counts as repaid from that day. */
    void repaid(long applicationId, LocalDate receivedOn) {
        jdbc.sql("""
                        update retention_case set outcome = 'REPAID', closed_on = ?
                        where application_id = ? and outcome in ('SETTLED', 'REPAID') and destroyed_at is null""")
                .params(Date.valueOf(receivedOn), applicationId).update();
    }

    Optional<RetentionCase> find(long applicationId) {
        return jdbc.sql("select * from retention_case where application_id = ?").param(applicationId)
                .query(RetentionCases::row).optional();
    }

    Optional<RetentionCase> findByReference(String reference) {
        return jdbc.sql("select * from retention_case where reference = ?").param(reference)
                .query(RetentionCases::row).optional();
    }

    /** The authority's closed applications that are not destroyed and not on a list that is still open. */
    List<RetentionCase> closedNotDestroyed(long authorityId) {
        return jdbc.sql("""
                        select * from retention_case
                        where authority_id = ? and closed_on is not null and destroyed_at is null
                        order by closed_on, application_id""")
                .param(authorityId).query(RetentionCases::row).list();
    }

    /** The authorities that have closed applications not yet destroyed (for the monthly job). */
    List<Long> authoritiesWithClosedCases() {
        return jdbc.sql("select distinct authority_id from retention_case where closed_on is not null and destroyed_at is null order by 1")
                .query(Long.class).list();
    }

    void setHold(long applicationId, HoldKind kind, String reason, String by, Instant at) {
        jdbc.sql("""
                        update retention_case set hold_kind = ?, hold_reason = ?, hold_set_by = ?, hold_set_at = ?
                        where application_id = ?""")
                .params(kind.name(), reason, by, Timestamp.from(at), applicationId).update();
    }

    void liftHold(long applicationId) {
        jdbc.sql("update retention_case set hold_kind = null, hold_reason = null, hold_set_by = null, hold_set_at = null where application_id = ?")
                .param(applicationId).update();
    }

    void destroyed(long applicationId, long listId, Instant at) {
        jdbc.sql("update retention_case set destroyed_at = ?, destruction_list_id = ?, hold_reason = case when hold_kind is null then null else hold_reason end where application_id = ?")
                .params(Timestamp.from(at), listId, applicationId).update();
    }

    /** The fund's own terms (only those it set). */
    Map<RetentionOutcome, Integer> rules(long fundId) {
        Map<RetentionOutcome, Integer> rules = new EnumMap<>(RetentionOutcome.class);
        jdbc.sql("select outcome, years from retention_rule where fund_id = ?").param(fundId)
                .query((rs, n) -> rules.put(RetentionOutcome.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return rules;
    }

    void saveRule(long fundId, RetentionOutcome outcome, int years, String by, Instant at) {
        jdbc.sql("""
                        insert into retention_rule (fund_id, outcome, years, set_by, set_at) values (?, ?, ?, ?, ?)
                        on conflict (fund_id, outcome) do update set years = excluded.years, set_by = excluded.set_by,
                            set_at = excluded.set_at""")
                .params(fundId, outcome.name(), years, by, Timestamp.from(at)).update();
    }

    private static RetentionCase row(ResultSet rs, int n) throws SQLException {
        String holdKind = rs.getString("hold_kind");
        Timestamp destroyedAt = rs.getTimestamp("destroyed_at");
        Date closedOn = rs.getDate("closed_on");
        String outcome = rs.getString("outcome");
        return new RetentionCase(rs.getLong("application_id"), rs.getString("reference"), rs.getLong("authority_id"),
                rs.getLong("fund_id"), rs.getLong("call_id"), outcome == null ? null : RetentionOutcome.valueOf(outcome),
                closedOn == null ? null : closedOn.toLocalDate(),
                holdKind == null ? null : new RetentionCase.Hold(HoldKind.valueOf(holdKind), rs.getString("hold_reason"),
                        rs.getString("hold_set_by"), rs.getTimestamp("hold_set_at").toInstant()),
                destroyedAt == null ? null : destroyedAt.toInstant(), (Long) rs.getObject("destruction_list_id", Long.class));
    }
}
