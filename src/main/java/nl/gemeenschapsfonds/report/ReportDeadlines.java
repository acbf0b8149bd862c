package nl.gemeenschapsfonds.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule that turns a decision into report obligations (ADR 0012). The final report (the settlement request) is
 * due {@code weeks} weeks after the project's end date, unless the decision names its own settlement deadline. A
 * project that runs over more than one calendar year owes a progress report for every year but the last, due the
 * same number of weeks after 31 December of that year.
 *
 * @param weeks the call's final-report term in weeks (default 13)
 */
record ReportDeadlines(int weeks) {

    ReportDeadlines {
        if (weeks < 1 || weeks > 52) {
            throw new IllegalArgumentException("A report term is 1 to 52 weeks, not " + weeks);
        }
    }

    /** One report owed: its kind, the year a progress report covers (null for the final one), and its deadline. */
    record Due(ReportKind kind, Integer year, LocalDate dueOn) {
    }

    List<Due> obligations(LocalDate start, LocalDate end, LocalDate settlementDeadline) {
        List<Due> due = new ArrayList<>();
        for (int year = start.getYear(); year < end.getYear(); year++) {
            due.add(new Due(ReportKind.PROGRESS, year, LocalDate.of(year, 12, 31).plusWeeks(weeks)));
        }
        due.add(new Due(ReportKind.FINAL, null, settlementDeadline != null ? settlementDeadline : end.plusWeeks(weeks)));
        return due;
    }
}
