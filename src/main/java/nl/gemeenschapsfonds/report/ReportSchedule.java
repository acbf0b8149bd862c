package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.fund.CallFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.review.ReportSchedulePreview;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * {@link ReportDeadlines} for the decision letter, before the obligations exist: the same dates they will get. The
 * project's dates are submission's ({@link ApplicationScope}), the final report's term the call's ({@link Funds}).
 */
@Component
class ReportSchedule implements ReportSchedulePreview {

    private final ApplicationScope applications;
    private final Funds funds;

    ReportSchedule(ApplicationScope applications, Funds funds) {
        this.applications = applications;
        this.funds = funds;
    }

    @Override
    public List<Due> reportsFor(long applicationId, LocalDate decisionDate, LocalDate settlementDeadline) {
        GrantApplication application = applications.byId(applicationId);
        ApplicationDraft project = application.toDraft();
        int weeks = funds.call(application.getCallId()).map(CallFacts::finalReportWeeks).orElseThrow();
        // as ReportObligations.onGrantDecided: a project without dates runs from the decision date
        LocalDate start = project.startDate() != null ? project.startDate() : decisionDate;
        LocalDate end = project.endDate() != null && !project.endDate().isBefore(start) ? project.endDate() : start;
        return new ReportDeadlines(weeks).obligations(start, end, settlementDeadline).stream()
                .map(due -> new Due(due.kind() == ReportKind.FINAL ? null : due.year(), due.dueOn())).toList();
    }
}
