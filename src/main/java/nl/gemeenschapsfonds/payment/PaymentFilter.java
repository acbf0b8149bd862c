package nl.gemeenschapsfonds.payment;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which payments finance wants to see: due on or before a date, of one call, of one budget year,
 * in some statuses; {@code null} (or an empty set) means no restriction.
 */
public record PaymentFilter(LocalDate dueUpTo, Long callId, Integer year, Set<PaymentStatus> statuses) {

    public PaymentFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static PaymentFilter all() {
        return new PaymentFilter(null, null, null, Set.of());
    }
}
