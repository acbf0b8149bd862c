package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.fund.CallFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.review.Decision;
import nl.gemeenschapsfonds.review.Decisions;
import nl.gemeenschapsfonds.review.GrantDecided;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.GrantApplication;
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
    private final AtOnceSettlement atOnce;
    private final Decisions decisions;
    private final ApplicationScope applications;
    private final Funds funds;
    private final AuditTrail audit;

    ReportObligations(JdbcClient jdbc, AtOnceSettlement atOnce, Decisions decisions, ApplicationScope applications, Funds funds,
                      AuditTrail audit) {
        this.jdbc = jdbc;
        this.atOnce = atOnce;
        this.decisions = decisions;
        this.applications = applications;
        this.funds = funds;
        this.audit = audit;
    }

    @EventListener
    void onGrantDecided(GrantDecided decided) {
        Decision decision = decisions.byId(decided.decisionId()).orElseThrow();
        GrantApplication application = applications.byId(decision.applicationId());
        CallFacts call = funds.call(application.getCallId()).orElseThrow();
        ApplicationDraft project = application.toDraft(); // the project's dates
        Grant grant = new Grant(application.getId(), application.getOrganisationId(), call.authorityId(),
                project.startDate(), project.endDate(), decision.decisionDate(), decision.settlementDeadline(),
                call.finalReportWeeks(), decision.grantedTotal());
        if (decided.settledAtOnce()) { // the decision's rule (CallTerms.settlesAtOnce), as its letter says
            atOnce.settle(grant.applicationId(), grant.authorityId(), grant.granted());
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

    private record Grant(long applicationId, long organisationId, long authorityId, LocalDate start, LocalDate end,
                         LocalDate decisionDate, LocalDate settlementDeadline, int weeks, BigDecimal granted) {
    }
}
