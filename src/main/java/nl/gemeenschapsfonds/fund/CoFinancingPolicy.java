package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
        return of(call.getMinPrivateShare(), call.getMaxFundShare(), call.getMaxInKindShare(), call.isGrantMaxMunicipal());
    }

    /** The rules from shares as fractions (0.20 = 20%); null means the rule does not apply. */
    public static CoFinancingPolicy of(BigDecimal minPrivateShare, BigDecimal maxFundShare, BigDecimal maxInKindShare,
                                       boolean grantMaxMunicipal) {
        List<CoFinancingRule> rules = new ArrayList<>();
        if (minPrivateShare != null && minPrivateShare.signum() > 0) {
            rules.add(new CoFinancingRule.MinimumPrivateShare(minPrivateShare));
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

    public boolean allMet(FinancingFigures figures) {
        return check(figures).stream().allMatch(CoFinancingRule.Result::met);
    }
}
