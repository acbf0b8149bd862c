package nl.gemeenschapsfonds.payment;

import java.util.Set;

/**
 * SCHEDULED → APPROVED (finance, not the decision maker) → PAID (the batch confirmed); HELD with a
 * reason (Awb 4:56) and back to SCHEDULED; CANCELLED for good. An approved payment in an exported
 * batch can no longer be held or cancelled: the bank has the file.
 */
public enum PaymentStatus {
    SCHEDULED, APPROVED, PAID, HELD, CANCELLED;

    boolean canMoveTo(PaymentStatus to) {
        return switch (this) {
            case SCHEDULED -> Set.of(APPROVED, HELD, CANCELLED).contains(to);
            case APPROVED -> Set.of(PAID, HELD, CANCELLED).contains(to);
            case HELD -> Set.of(SCHEDULED, CANCELLED).contains(to);
            case PAID, CANCELLED -> false;
        };
    }
}
