package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** An application as a row in the reviewer's work queue. */
public record WorkQueueItem(long id, String reference, String title, String organisationName,
                            String callTitleNl, String callTitleEn, ApplicationStatus status,
                            BigDecimal amountRequested, Instant submittedAt, LocalDate decisionDue, String assignedReviewer) {

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
