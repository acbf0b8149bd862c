package nl.gemeenschapsfonds.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment of a grant (an advance or the final payment) left the authority's account on {@code paidOn}. */
public record AdvancePaid(long applicationId, long paymentId, String reference, boolean finalPayment, BigDecimal amount,
                          LocalDate paidOn) {
}
