package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.review.GrantDecided;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a grant decision into its report obligations ({@link ReportDeadlines}), in the decision maker's transaction:
 * the obligations exist as soon as the decision does. A grant the decision settles at once (a small one, see
 * {@link GrantDecided#settledAtOnce()}) gets no reports.
 */
@Component
class ReportObligations {

    private final JdbcClient jdbc;
    private final SettlementService settlements;
    private final AuditTrail audit;

    ReportObligations(JdbcClient jdbc, SettlementService settlements, AuditTrail audit) {
        this.jdbc = jdbc;
        this.settlements = settlements;
        this.audit = audit;
    }

    @EventListener
    void onGrantDecided(GrantDecided decided) {
        Grant grant = jdbc.sql("""
                        select a.id, a.organisation_id, f.authority_id, a.start_date, a.end_date, d.decision_date,
                               d.settlement_deadline, c.final_report_weeks,
                               (select sum(m.amount) from decision_amount m where m.decision_id = d.id) as granted
                        from decision d join grant_application a on a.id = d.application_id
                        join grant_call c on c.id = a.call_id join fund f on f.id = c.fund_id
                        where d.id = ?""")
                .param(decided.decisionId())
                .query((rs, row) -> new Grant(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("authority_id"),
                        date(rs.getDate("start_date")), date(rs.getDate("end_date")), rs.getDate("decision_date").toLocalDate(),
                        date(rs.getDate("settlement_deadline")), rs.getInt("final_report_weeks"), rs.getBigDecimal("granted")))
                .single();
        if (decided.settledAtOnce()) { // the decision's rule (CallTerms.settlesAtOnce), as its letter says
            settlements.settleAtOnce(grant.applicationId(), grant.authorityId(), decided.decisionId(), grant.granted());
            return;
        }
        LocalDate start = grant.start() != null ? grant.start() : grant.decisionDate();
        LocalDate end = grant.end() != null && !grant.end().isBefore(start) ? grant.end() : start;
        List<ReportDeadlines.Due> due = new ReportDeadlines(grant.weeks()).obligations(start, end, grant.settlementDeadline());
        for (ReportDeadlines.Due report : due) {
            jdbc.sql("""
                            insert into report_obligation (application_id, authority_id, organisation_id, kind, period_year, due_on, status)
                            values (?, ?, ?, ?, ?, ?, 'OPEN')""")
                    .params(grant.applicationId(), grant.authorityId(), grant.organisationId(), report.kind().name(), report.year(),
                            Date.valueOf(report.dueOn()))
                    .update();
        }
        audit.record("REPORT_OBLIGATIONS", "Application", grant.applicationId(), null,
                due.stream().map(d -> d.kind() + (d.year() == null ? "" : " " + d.year()) + " due " + d.dueOn())
                        .collect(Collectors.joining("; ")),
                "Final report " + grant.weeks() + " weeks after the end date");
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private record Grant(long applicationId, long organisationId, long authorityId, LocalDate start, LocalDate end,
                         LocalDate decisionDate, LocalDate settlementDeadline, int weeks, BigDecimal granted) {
    }
}
