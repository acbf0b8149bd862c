package nl.gemeenschapsfonds.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment instruction as the finance grid shows it; {@code ibanChanged} when the organisation's
 * account changed after the instruction was made and finance has not confirmed it yet, with
 * {@code newIban} the organisation's account now ({@code null} when it has none).
 */
public record PaymentListItem(long id, long version, String reference, String applicationReference, long callId,
                              String callTitle, String organisation, String iban, String accountHolder, int year,
                              BigDecimal amount, LocalDate dueOn, PaymentStatus status, String heldReason, String cancelReason,
                              String approvedBy, Long batchId, LocalDate paidOn,
                              boolean ibanChanged, String newIban) {
}
