package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When money is due, when it may leave and when it counts as paid (Awb 4:53: advances only on the dates the decision
 * names).
 * <ul>
 *   <li>An advance is due on the date the decision names; the final payment after a settlement is due on the day of
 *   the settlement.</li>
 *   <li>Finance may approve an advance ahead of its due date; the SEPA execution date of the batch is never before the
 *   due date of any payment in it, never in the past, and always a TARGET2 business day: a requested date that is a
 *   weekend or closing day rolls forward ({@link Target2Calendar}).</li>
 *   <li>The booking date that marks a payment paid (from the bank statement, or asked of finance) is never before the
 *   execution date of its batch and never in the future: the ledger booking it causes cannot be undone.</li>
 * </ul>
 * The database keeps the same two rules (V16) for whatever gets past this class.
 */
public final class PaymentDatesPolicy {

    private PaymentDatesPolicy() {
    }

    /** The due date of the final payment of a grant settled on {@code settledOn}: at once. */
    public static LocalDate finalPaymentDue(LocalDate settledOn) {
        return settledOn;
    }

    /** The earliest execution date for a payment due on {@code dueOn}, seen on {@code today}. */
    public static LocalDate earliestFor(LocalDate dueOn, LocalDate today) {
        return Target2Calendar.onOrAfter(dueOn.isAfter(today) ? dueOn : today);
    }

    /** The execution date the bank gets for a requested date: the requested day or the next TARGET2 business day. */
    public static LocalDate executionDate(LocalDate requested) {
        return Target2Calendar.onOrAfter(requested);
    }

    /**
     * What is wrong with executing a payment due on {@code dueOn} on {@code executionDate} (already rolled forward),
     * seen on {@code today}; empty when nothing is.
     */
    public static Optional<Problem> executionProblem(String reference, LocalDate dueOn, LocalDate executionDate, LocalDate today) {
        if (executionDate.isBefore(today)) {
            return Optional.of(new Problem("executionDate", "payments.executionDateInPast"));
        }
        if (executionDate.isBefore(dueOn)) {
            return Optional.of(new Problem("executionDate", "payments.executionBeforeDue", reference, dueOn,
                    earliestFor(dueOn, today)));
        }
        return Optional.empty();
    }

    /** What is wrong with booking a payment executed on {@code executionDate} as paid on {@code paidOn}; empty when nothing is. */
    public static Optional<Problem> bookingProblem(LocalDate paidOn, LocalDate executionDate, LocalDate today) {
        if (paidOn == null) {
            return Optional.of(new Problem("paidOn", "payments.paidOnRequired"));
        }
        if (paidOn.isAfter(today)) {
            return Optional.of(new Problem("paidOn", "payments.paidOnInFuture"));
        }
        if (paidOn.isBefore(executionDate)) {
            return Optional.of(new Problem("paidOn", "payments.paidBeforeExecution", executionDate));
        }
        return Optional.empty();
    }
}
