package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A call's co-financing rules, composed. The applicant portal checks a plan with it when it is
 * submitted, the decision screen checks the confirmed pledges: the same objects in both places.
 */
public record CoFinancingPolicy(List<CoFinancingRule> rules) {

    public CoFinancingPolicy {
        rules = List.copyOf(rules);
    }

    /** The rules a call sets; a call without co-financing rules has none. */
    public static CoFinancingPolicy of(GrantCall call) {
        return of(call.getMinPrivateShare(), call.getPrivateShareCounts(), call.getMaxFundShare(), call.getMaxInKindShare(),
                call.isGrantMaxMunicipal());
    }

    /** The rules from shares as fractions (0.20 = 20%); null means the rule does not apply. */
    public static CoFinancingPolicy of(BigDecimal minPrivateShare, BigDecimal maxFundShare, BigDecimal maxInKindShare,
                                       boolean grantMaxMunicipal) {
        return of(minPrivateShare, CoFinancingSource.ALL, maxFundShare, maxInKindShare, grantMaxMunicipal);
    }

    /** As above, the minimum private share counting only {@code privateShareCounts}. */
    public static CoFinancingPolicy of(BigDecimal minPrivateShare, Set<CoFinancingSource> privateShareCounts,
                                       BigDecimal maxFundShare, BigDecimal maxInKindShare, boolean grantMaxMunicipal) {
        List<CoFinancingRule> rules = new ArrayList<>();
        if (minPrivateShare != null && minPrivateShare.signum() > 0) {
            rules.add(new CoFinancingRule.MinimumPrivateShare(minPrivateShare, privateShareCounts));
        }
        if (maxFundShare != null) {
            rules.add(new CoFinancingRule.MaximumFundShare(maxFundShare));
        }
        if (maxInKindShare != null) {
            rules.add(new CoFinancingRule.InKindCap(maxInKindShare));
        }
        if (grantMaxMunicipal) {
            rules.add(new CoFinancingRule.GrantNotAboveMunicipalContribution());
        }
        return new CoFinancingPolicy(rules);
    }

    public List<CoFinancingRule.Result> check(FinancingFigures figures) {
        return rules.stream().map(rule -> rule.check(figures)).toList();
    }

    /** The call's minimum private share as a percentage (20 for 20%), or null when it sets none. */
    public BigDecimal minPrivateSharePercent() {
        return rules.stream().filter(CoFinancingRule.MinimumPrivateShare.class::isInstance)
                .map(rule -> CallData.percent(((CoFinancingRule.MinimumPrivateShare) rule).share())).findFirst().orElse(null);
    }

    /** The sources the minimum private share counts; empty when the call sets no minimum. */
    public Set<CoFinancingSource> privateShareCounts() {
        return rules.stream().filter(CoFinancingRule.MinimumPrivateShare.class::isInstance)
                .map(rule -> ((CoFinancingRule.MinimumPrivateShare) rule).counted()).findFirst().orElse(Set.of());
    }

    public boolean allMet(FinancingFigures figures) {
        return check(figures).stream().allMatch(CoFinancingRule.Result::met);
    }
}
