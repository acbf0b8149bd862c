package nl.gemeenschapsfonds.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One report obligation as a list shows it.
 *
 * @param year          the year a progress report covers; null for the final report
 * @param moreDueOn     when the reviewer asked for more: the new term
 * @param lateTermDueOn when a final report was late: the new term of the reviewer's reminder
 */
public record ObligationItem(long id, long version, long applicationId, String reference, String title,
                             String organisation, ReportKind kind, Integer year, LocalDate dueOn, ReportStatus status,
                             LocalDate moreDueOn, LocalDate lateTermDueOn, Instant submittedAt) {

    /** The date that counts now: the new term after "ask for more", else a late reminder's new term, else the deadline. */
    public LocalDate currentDue() {
        if (status == ReportStatus.MORE_ASKED && moreDueOn != null) {
            return moreDueOn;
        }
        return lateTermDueOn != null && status == ReportStatus.OPEN ? lateTermDueOn : dueOn;
    }

    /** Not in yet while its deadline (and a late reminder's new term) has passed. */
    public boolean overdue(LocalDate today) {
        return status.editable() && currentDue().isBefore(today);
    }
}
