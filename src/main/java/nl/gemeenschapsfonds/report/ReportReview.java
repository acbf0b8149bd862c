package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A reviewer's steps on a report (called by {@link ReportService}, which checks the role): accept it, ask for more with
 * a term, or remind the applicant of a late final report with a new term (Awb 4:44 lid 3). Each is audited and mailed.
 */
@Component
class ReportReview {

    private final ReportRecords records;
    private final ReportMails mails;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportReview(ReportRecords records, ReportMails mails, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.mails = mails;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void accept(long reportId, long version) {
        ObligationItem obligation = inMyAuthority(reportId);
        requireState(obligation, version, ReportStatus.SUBMITTED);
        records.markAccepted(reportId, version, clock.instant(), currentUser.actorName());
        audit.record("REPORT_ACCEPTED", "Report", reportId, "SUBMITTED", "ACCEPTED", null);
        mails.toApplicant(obligation.applicationId(), "report.mail.accepted.subject", "report.mail.accepted.text",
                language -> new Object[]{mails.label(obligation, language), obligation.reference()});
    }

    void askMore(long reportId, long version, String request, Integer days) {
        ObligationItem obligation = inMyAuthority(reportId);
        requireState(obligation, version, ReportStatus.SUBMITTED);
        List<Problem> problems = ReportPolicy.moreAskedProblems(request, days);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate due = today().plusDays(days);
        records.markMoreAsked(reportId, version, request.trim(), due);
        audit.record("REPORT_MORE_ASKED", "Report", reportId, "SUBMITTED", "MORE_ASKED until " + due, request.trim());
        mails.toApplicant(obligation.applicationId(), "report.mail.more.subject", "report.mail.more.text",
                language -> new Object[]{mails.label(obligation, language), obligation.reference(), request.trim(),
                        Formats.date(due, language)});
    }

    void remindLate(long reportId, long version, Integer days) {
        ObligationItem obligation = inMyAuthority(reportId);
        if (obligation.version() != version) {
            throw new ConcurrentEditException("Report " + reportId);
        }
        if (obligation.kind() != ReportKind.FINAL || !obligation.overdue(today())) {
            throw new InvalidInputException("lateDays", "report.validation.notLate");
        }
        if (!ReportPolicy.termInDays(days)) {
            throw new InvalidInputException("lateDays", "validation.between", 1, 90);
        }
        LocalDate due = today().plusDays(days);
        records.setLateTerm(reportId, version, due, currentUser.actorName(), clock.instant());
        audit.record("REPORT_LATE_REMINDER", "Report", reportId, null, "new term until " + due, null);
        mails.toApplicant(obligation.applicationId(), "report.mail.late.subject", "report.mail.late.text",
                language -> new Object[]{obligation.reference(), obligation.title(), Formats.date(obligation.dueOn(), language),
                        Formats.date(due, language)});
    }

    ObligationItem inMyAuthority(long reportId) {
        return records.inAuthority(reportId, currentUser.require().requireAuthority());
    }

    private static void requireState(ObligationItem obligation, long version, ReportStatus status) {
        if (obligation.version() != version) {
            throw new ConcurrentEditException("Report " + obligation.id());
        }
        if (obligation.status() != status) {
            throw new InvalidInputException("report", "report.validation.wrongState");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
