package nl.gemeenschapsfonds.review;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A reviewer asked the applicant for a supplement (Awb 4:5) by {@code dueOn}; the decision clock stands still until it
 * arrives. Published in the reviewer's transaction; the applicant is mailed on it.
 */
public record SupplementRequested(long applicationId, String reference, String submittedBy, Locale language, String text,
                                  LocalDate dueOn) {
}
