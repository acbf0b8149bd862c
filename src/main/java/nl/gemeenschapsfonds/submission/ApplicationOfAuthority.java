package nl.gemeenschapsfonds.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A submitted application as an authority's lists and its integration API read it ({@link ApplicationScope}). */
public record ApplicationOfAuthority(long id, String reference, String title, ApplicationStatus status, long callId,
                                     long organisationId, BigDecimal amountRequested, Instant submittedAt,
                                     LocalDate decisionDue) {
}
