package nl.gemeenschapsfonds.api;

import nl.gemeenschapsfonds.api.ApiResources.AmountPerYear;
import nl.gemeenschapsfonds.api.ApiResources.Application;
import nl.gemeenschapsfonds.api.ApiResources.Decision;
import nl.gemeenschapsfonds.api.ApiResources.Money;
import nl.gemeenschapsfonds.api.ApiResources.Payment;
import nl.gemeenschapsfonds.api.ApiResources.Pledge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one place where the API reads other modules' tables (applications, decisions, payments, pledges), always
 * narrowed to one authority. Why SQL here and not the modules' services: those services take their scope from the
 * signed-in staff user and check roles with {@code @PreAuthorize}, while an integration client is not a user; and
 * these are plain read-only projections for an outside system. Kept in one class so issue 19 (module ownership) can
 * move each query behind a read model of its owning module without touching the controllers.
 */
@Component
class AuthorityRecords {

    private final JdbcClient jdbc;

    AuthorityRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the authority with this code. */
    @Transactional(readOnly = true)
    Optional<Long> authorityId(String code) {
        return code == null ? Optional.empty()
                : jdbc.sql("select id from authority where code = ?").param(code).query(Long.class).optional();
    }

    private static final String APPLICATIONS = """
            select a.id, a.reference, a.title, a.status, a.call_id, o.legal_name, a.amount_requested, a.submitted_at,
                   a.decision_due, a.decided_at
            from grant_application a join grant_call c on c.id = a.call_id join fund f on f.id = c.fund_id
            join organisation o on o.id = a.organisation_id
            where f.authority_id = ? and a.status <> 'DRAFT'
            """;

    @Transactional(readOnly = true)
    List<Application> applications(long authorityId, String status, long after, int limit) {
        return jdbc.sql(APPLICATIONS + (status == null ? "" : " and a.status = ?") + " and a.id > ? order by a.id limit ?")
                .params(status == null ? List.of(authorityId, after, limit) : List.of(authorityId, status, after, limit))
                .query((rs, row) -> new Application(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                        rs.getString("status"), rs.getLong("call_id"), rs.getString("legal_name"),
                        Money.euro(rs.getBigDecimal("amount_requested")), instant(rs.getTimestamp("submitted_at")),
                        date(rs.getDate("decision_due")), instant(rs.getTimestamp("decided_at")), null))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Application> application(long authorityId, long applicationId) {
        return applications(authorityId, null, applicationId - 1, 1).stream().filter(a -> a.id() == applicationId).findFirst();
    }

    private static final String DECISIONS = """
            select d.id, d.application_id, d.kind, d.decision_date, d.objection_deadline, d.refusal_ground
            from decision d join grant_application a on a.id = d.application_id join grant_call c on c.id = a.call_id
            join fund f on f.id = c.fund_id where f.authority_id = ?
            """;

    @Transactional(readOnly = true)
    List<Decision> decisions(long authorityId, Long applicationId, long after, int limit) {
        List<Object> params = new ArrayList<>(List.of(authorityId));
        String sql = DECISIONS;
        if (applicationId != null) {
            sql += " and d.application_id = ?";
            params.add(applicationId);
        }
        params.add(after);
        params.add(limit);
        List<Decision> rows = jdbc.sql(sql + " and d.id > ? order by d.id limit ?").params(params)
                .query((rs, row) -> new Decision(rs.getLong("id"), rs.getLong("application_id"), rs.getString("kind"),
                        date(rs.getDate("decision_date")), date(rs.getDate("objection_deadline")), List.of(), null,
                        rs.getString("refusal_ground"), null))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, TreeMap<Integer, BigDecimal>> amounts = new java.util.HashMap<>();
        jdbc.sql("select decision_id, year, amount from decision_amount where decision_id = any(?)")
                .param(rows.stream().map(Decision::id).toArray(Long[]::new))
                .query((rs, row) -> amounts.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3)))
                .list();
        return rows.stream().map(d -> {
            TreeMap<Integer, BigDecimal> granted = amounts.getOrDefault(d.id(), new TreeMap<>());
            List<AmountPerYear> perYear = ApiResources.perYear(granted);
            BigDecimal total = granted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Decision(d.id(), d.applicationId(), d.kind(), d.decisionDate(), d.objectionDeadlineDate(), perYear,
                    granted.isEmpty() ? null : Money.euro(total), d.refusalGround(), null);
        }).toList();
    }

    @Transactional(readOnly = true)
    List<Payment> payments(long authorityId, String status, long after, int limit) {
        return jdbc.sql("""
                        select id, application_id, decision_id, year, amount, due_on, status, paid_on, reference
                        from payment_instruction where authority_id = ?""" + (status == null ? "" : " and status = ?")
                        + " and id > ? order by id limit ?")
                .params(status == null ? List.of(authorityId, after, limit) : List.of(authorityId, status, after, limit))
                .query((rs, row) -> new Payment(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("decision_id"),
                        rs.getInt("year"), Money.euro(rs.getBigDecimal("amount")), date(rs.getDate("due_on")),
                        rs.getString("status"), date(rs.getDate("paid_on")), rs.getString("reference")))
                .list();
    }

    @Transactional(readOnly = true)
    List<Pledge> pledges(long authorityId, long after, int limit) {
        return jdbc.sql("""
                        select p.id, p.application_id, fu.name, p.year, p.amount, p.kind, p.status, p.confirmed_at, p.received_on
                        from pledge p join funder fu on fu.id = p.funder_id join grant_application a on a.id = p.application_id
                        join grant_call c on c.id = a.call_id join fund f on f.id = c.fund_id
                        where f.authority_id = ? and p.id > ? order by p.id limit ?""")
                .params(authorityId, after, limit)
                .query((rs, row) -> new Pledge(rs.getLong("id"), rs.getLong("application_id"), rs.getString("name"),
                        rs.getInt("year"), Money.euro(rs.getBigDecimal("amount")), rs.getString("kind"), rs.getString("status"),
                        instant(rs.getTimestamp("confirmed_at")), date(rs.getDate("received_on"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
