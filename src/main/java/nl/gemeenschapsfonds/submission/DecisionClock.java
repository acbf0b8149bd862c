package nl.gemeenschapsfonds.submission;

import java.time.LocalDate;

/**
 * The legal decision deadline (beslistermijn, Awb 4:13): the receipt date plus the call's decision
 * weeks. Suspension during a repair period (4:15) and a notified extension come on top; the review
 * workflow adds them here too, so the deadline is computed in one place.
 */
public final class DecisionClock {

    private DecisionClock() {
    }

    /** The deadline for an application received on {@code receiptDate}. */
    public static LocalDate initialDeadline(LocalDate receiptDate, int decisionWeeks) {
        if (decisionWeeks < 1) {
            throw new IllegalArgumentException("A decision deadline needs at least one week");
        }
        return receiptDate.plusWeeks(decisionWeeks);
    }
}
