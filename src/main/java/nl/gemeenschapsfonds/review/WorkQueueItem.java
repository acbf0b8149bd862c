package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An application as a row in the reviewer's work queue. {@code coFinancingConditionNotMet}: granted on the
 * condition that the missing co-financing be confirmed by a date that has passed without it.
 */
public record WorkQueueItem(long id, String reference, String title, String organisationName,
                            String callTitleNl, String callTitleEn, ApplicationStatus status,
                            BigDecimal amountRequested, Instant submittedAt, LocalDate decisionDue, String assignedReviewer,
                            long reviewers, boolean coFinancingConditionNotMet) {

    /**
     * The values many rows repeat (call titles, organisation, reviewer) are shared, not held once per row:
     * every open work queue keeps its page of rows, and a call's title is the same in all of them.
     */
    public WorkQueueItem {
        organisationName = shared(organisationName);
        callTitleNl = shared(callTitleNl);
        callTitleEn = shared(callTitleEn);
        assignedReviewer = shared(assignedReviewer);
    }

    /**
     * As the query builds it, in one statement: the number of reviewers assigned ({@code review_assignment}) and whether
     * a co-financing condition's date has passed ({@code cofinancing_condition_open}).
     */
    public WorkQueueItem(long id, String reference, String title, String organisationName,
                         String callTitleNl, String callTitleEn, ApplicationStatus status,
                         BigDecimal amountRequested, Instant submittedAt, LocalDate decisionDue, String assignedReviewer,
                         Long reviewers, Boolean coFinancingConditionNotMet) {
        this(id, reference, title, organisationName, callTitleNl, callTitleEn, status, amountRequested, submittedAt, decisionDue,
                assignedReviewer, reviewers == null ? 0 : reviewers, Boolean.TRUE.equals(coFinancingConditionNotMet));
    }

    private static String shared(String value) {
        return value == null ? null : value.intern();
    }

    public String callTitle(Locale locale) {
        return "en".equals(locale.getLanguage()) ? callTitleEn : callTitleNl;
    }

    /** Open applications wait for a decision; only they can be overdue. */
    public boolean isOpen() {
        return switch (status) {
            case SUBMITTED, SUPPLEMENT_REQUESTED, IN_ASSESSMENT, AWAITING_DECISION -> true;
            default -> false;
        };
    }
}
