package nl.gemeenschapsfonds.cofinancing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One pledge as a list shows it. {@code conditions} is only filled for the pledge's own funder, the
 * applicant and the authority's staff: never for another funder.
 */
public record PledgeItem(long id, long version, long applicationId, String reference, String projectTitle,
                         String funderName, int year, BigDecimal amount, PledgeKind kind, String description,
                         String conditions, PledgeStatus status, Instant confirmedAt, boolean hasLetter,
                         LocalDate receivedOn, BigDecimal receivedAmount, Instant receiptConfirmedByFunderAt,
                         String withdrawalReason) {

    /** Received minus pledged, once something was received; negative when less arrived. */
    public BigDecimal difference() {
        return receivedAmount == null ? null : receivedAmount.subtract(amount);
    }
}
