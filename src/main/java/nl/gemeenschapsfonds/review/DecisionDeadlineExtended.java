package nl.gemeenschapsfonds.review;

import java.time.LocalDate;
import java.util.Locale;

/** The decision deadline was extended (Awb 4:14) from {@code before} to {@code due}; the applicant is mailed on it. */
public record DecisionDeadlineExtended(long applicationId, String reference, String submittedBy, Locale language,
                                       LocalDate before, LocalDate due, String reason, long callId, long organisationId) {
}
