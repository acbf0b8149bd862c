package nl.gemeenschapsfonds.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One booking on the bank statement as read from the file: its line number in the file, the
 * booking date, the amount (negative: money out of the authority's account), the counterparty's
 * IBAN and name, and the end-to-end id (the payment reference we sent in the pain.001 file) if the
 * bank gave one. {@code counterpartyIban} and {@code endToEndId} may be {@code null}.
 */
public record StatementLine(int lineNumber, LocalDate bookingDate, BigDecimal amount, String counterpartyIban,
                            String counterpartyName, String endToEndId) {

    public boolean isDebit() {
        return amount.signum() < 0;
    }
}
