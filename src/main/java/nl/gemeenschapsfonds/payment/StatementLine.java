package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One booking on the bank statement as read from the file: its line number in the file (for camt.053: the
 * position of the transaction in the statement, counted from 1), the booking date, the amount (negative: money
 * out of the authority's account), the counterparty's IBAN and name, the end-to-end id (the payment reference we
 * sent in the pain.001 file) if the bank gave one, and the bank's return reason when the booking returns a payment
 * (camt.053 only). {@code counterpartyIban}, {@code endToEndId} and {@code returnReason} may be {@code null}.
 * <p>
 * A line that could not be read as a booking we can match (a date or amount that is not one, a counterparty given
 * as a BBAN or card number instead of an IBAN, a pending entry…) carries its {@code problems}: it is shown as "not
 * matched" with those reasons and never booked, while the rest of the statement is (issue 22). Its date and amount
 * are {@code null} when they were not readable.
 */
public record StatementLine(int lineNumber, LocalDate bookingDate, BigDecimal amount, String counterpartyIban,
                            String counterpartyName, String endToEndId, String returnReason, List<Problem> problems) {

    public StatementLine {
        problems = List.copyOf(problems);
        counterpartyName = counterpartyName == null ? "" : counterpartyName;
    }

    /** A line that was read without a problem and returns nothing. */
    public StatementLine(int lineNumber, LocalDate bookingDate, BigDecimal amount, String counterpartyIban,
                         String counterpartyName, String endToEndId) {
        this(lineNumber, bookingDate, amount, counterpartyIban, counterpartyName, endToEndId, null, List.of());
    }

    /** Read without a problem: it can be matched with a payment. */
    public boolean readable() {
        return problems.isEmpty();
    }

    public boolean isDebit() {
        return amount != null && amount.signum() < 0;
    }
}
