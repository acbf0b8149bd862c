package nl.gemeenschapsfonds.payment;

import java.math.BigDecimal;

/**
 * Finance exported a batch of {@code payments} payment instructions, {@code controlSum} euros in all, as a SEPA file
 * for the bank. Published inside the exporting transaction (for the operations metrics, issue 18).
 */
public record PaymentBatchExported(long batchId, int payments, BigDecimal controlSum) {
}
