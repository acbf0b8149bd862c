package nl.gemeenschapsfonds.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A settlement as the authority's staff see it, with its reductions and, when paid exceeded settled, the repayment
 * claim (null otherwise).
 */
public record SettlementItem(long id, long version, long applicationId, String reference, String title,
                             String organisation, SettlementKind kind, SettlementStatus status, BigDecimal granted,
                             BigDecimal settled, String motivation, String proposedBy, String decidedBy,
                             LocalDate decisionDate, BigDecimal finalPayment, BigDecimal released,
                             List<SettlementForm.Reduction> reductions, RepaymentClaim claim) {

    public SettlementItem {
        reductions = List.copyOf(reductions);
    }

    /** What the recipient owes back and whether finance recorded its receipt. */
    public record RepaymentClaim(long id, long version, BigDecimal amount, LocalDate dueOn, boolean received,
                                 LocalDate receivedOn) {
    }
}
