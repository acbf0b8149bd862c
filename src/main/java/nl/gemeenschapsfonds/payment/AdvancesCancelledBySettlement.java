package nl.gemeenschapsfonds.payment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A settlement cancelled the advances of a grant that were not paid yet (issue 22 item 3): the settlement nets them,
 * its final payment or repayment claim follows from what was paid. Published in the settling transaction; finance is
 * told by mail ({@link AdvanceCancellationMails}).
 *
 * @param authorityId          whose finance staff are told
 * @param applicationReference the grant's reference
 * @param cancelled            the instructions cancelled, by reference and amount
 */
public record AdvancesCancelledBySettlement(long authorityId, long applicationId, String applicationReference,
                                            List<Cancelled> cancelled) {

    public AdvancesCancelledBySettlement {
        cancelled = List.copyOf(cancelled);
    }

    /** One cancelled instruction. */
    public record Cancelled(long id, String reference, int year, BigDecimal amount, PaymentStatus before) {
    }

    public BigDecimal total() {
        return cancelled.stream().map(Cancelled::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
