package nl.gemeenschapsfonds.review;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The repair period of the supplement request ended on {@code dueOn} without the supplement: the application is not
 * considered (Awb 4:5). Published in the reviewer's transaction; the applicant is mailed on it.
 */
public record ApplicationNotConsidered(long applicationId, String reference, String submittedBy, Locale language,
                                       String requestText, LocalDate dueOn) {
}
