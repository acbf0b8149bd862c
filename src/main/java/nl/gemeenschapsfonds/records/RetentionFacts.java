package nl.gemeenschapsfonds.records;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What staff see of an application's retention: how and when it closed, the day its records may be destroyed (none
 * while it is open), a legal hold, and when it was destroyed.
 */
public record RetentionFacts(long applicationId, String reference, RetentionOutcome outcome, LocalDate closedOn, LocalDate destroyOn,
                             RetentionCase.Hold hold, Instant destroyedAt) {
}
