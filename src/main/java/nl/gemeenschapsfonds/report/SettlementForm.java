package nl.gemeenschapsfonds.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reviewer's settlement proposal: the reductions per cost line (none: settled as granted) and the motivation.
 * {@code version} is that of the proposal being replaced, or 0 for a first proposal.
 */
public record SettlementForm(long applicationId, long version, List<Reduction> reductions, String motivation) {

    public SettlementForm {
        reductions = reductions == null ? List.of() : List.copyOf(reductions);
    }

    /** Less than granted on one cost line (its position in the plan), with the reason and an optional note. */
    public record Reduction(int position, BigDecimal amount, ReductionReason reason, String note) {
    }
}
