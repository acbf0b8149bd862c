package nl.gemeenschapsfonds.review;

import java.time.LocalDate;
import java.util.List;

/**
 * The reports the portal will ask for after a grant, with their deadlines, so that the decision
 * letter names every one of them. The report module implements it with the same rule it uses to
 * create the obligations when the grant is decided (it listens to {@link GrantDecided}).
 */
public interface ReportSchedulePreview {

    /** The reports owed for this application if granted today with this settlement deadline (null: the call's term). */
    List<Due> reportsFor(long applicationId, LocalDate decisionDate, LocalDate settlementDeadline);

    /** One report: a progress report for {@code year}, or the final report when {@code year} is null. */
    record Due(Integer year, LocalDate dueOn) {

        public boolean finalReport() {
            return year == null;
        }
    }
}
