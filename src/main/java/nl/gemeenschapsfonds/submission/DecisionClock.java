package nl.gemeenschapsfonds.submission;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The legal decision deadline (beslistermijn), computed in this one place: the receipt date plus
 * the call's decision weeks (Awb 4:13), plus the days the clock stood still while a supplement was
 * asked (Awb 4:15: from the request until the supplement arrived, or until today while it has not),
 * plus a notified extension (Awb 4:14).
 */
public final class DecisionClock {

    private DecisionClock() {
    }

    /** A period the clock stood still: from the day of the request until the day of the answer (null: still waiting). */
    public record Suspension(LocalDate from, LocalDate until) {

        public Suspension {
            if (until != null && until.isBefore(from)) {
                throw new IllegalArgumentException("A suspension cannot end before it starts");
            }
        }

        long days(LocalDate today) {
            LocalDate end = until != null ? until : today;
            return Math.max(0, ChronoUnit.DAYS.between(from, end));
        }
    }

    /** The deadline for an application received on {@code receiptDate}, before any suspension or extension. */
    public static LocalDate initialDeadline(LocalDate receiptDate, int decisionWeeks) {
        if (decisionWeeks < 1) {
            throw new IllegalArgumentException("A decision deadline needs at least one week");
        }
        return receiptDate.plusWeeks(decisionWeeks);
    }

    /**
     * The deadline with suspensions and extensions. While a suspension is still running, the
     * deadline moves with {@code today}: it is the earliest date it can be.
     */
    public static LocalDate deadline(LocalDate receiptDate, int decisionWeeks, List<Suspension> suspensions,
                                     int extensionWeeks, LocalDate today) {
        if (extensionWeeks < 0) {
            throw new IllegalArgumentException("An extension cannot be negative");
        }
        long suspended = suspensions.stream().mapToLong(s -> s.days(today)).sum();
        return initialDeadline(receiptDate, decisionWeeks).plusWeeks(extensionWeeks).plusDays(suspended);
    }

    /** The last day to object: {@code weeks} from the day after the decision was sent (Awb 6:7, 6:8). */
    public static LocalDate objectionDeadline(LocalDate sentOn, int weeks) {
        return sentOn.plusWeeks(weeks);
    }
}
