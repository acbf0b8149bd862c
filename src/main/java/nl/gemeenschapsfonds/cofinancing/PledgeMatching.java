package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.fund.CoFinancingRule;
import nl.gemeenschapsfonds.fund.FinancingFigures;

import java.math.BigDecimal;
import java.util.List;

/**
 * The call's co-financing rules checked on the confirmed pledges: the plan's figures with the planned
 * private-funder money replaced by the confirmed (or, once arrived, received) pledges.
 *
 * @param plannedPrivateFunders what the plan counted on from private funders
 * @param confirmedPledges      what confirmed, received and verified pledges bring
 */
public record PledgeMatching(FinancingFigures figures, BigDecimal plannedPrivateFunders, BigDecimal confirmedPledges,
                             List<CoFinancingRule.Result> results) {

    public PledgeMatching {
        results = List.copyOf(results);
    }

    public boolean allMet() {
        return results.stream().allMatch(CoFinancingRule.Result::met);
    }
}
