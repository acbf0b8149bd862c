package nl.gemeenschapsfonds.fund;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CoFinancingPolicyTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static final CoFinancingPolicy TWENTY_PRIVATE_FIFTY_FUND =
            CoFinancingPolicy.of(eur("0.20"), eur("0.50"), null, false);

    @Test
    void exactly_at_the_minimum_private_share_and_the_maximum_fund_share_is_met() {
        FinancingFigures figures = new FinancingFigures(eur("100000.00"), eur("50000.00"), eur("30000.00"), eur("20000.00"), null);
        assertThat(TWENTY_PRIVATE_FIFTY_FUND.check(figures)).allMatch(CoFinancingRule.Result::met);
    }

    @Test
    void one_cent_short_of_the_private_share_is_not_met() {
        FinancingFigures figures = new FinancingFigures(eur("100000.00"), eur("50000.00"), eur("30000.01"), eur("19999.99"), null);
        assertThat(TWENTY_PRIVATE_FIFTY_FUND.check(figures))
                .filteredOn(result -> result.ruleKey().equals("rule.minPrivateShare"))
                .singleElement().satisfies(result -> {
                    assertThat(result.met()).isFalse();
                    assertThat(result.limit()).isEqualByComparingTo("20000.00");
                    assertThat(result.actual()).isEqualByComparingTo("19999.99");
                });
    }

    @Test
    void one_cent_over_the_fund_share_is_not_met() {
        FinancingFigures figures = new FinancingFigures(eur("100000.00"), eur("50000.01"), eur("0"), eur("49999.99"), null);
        assertThat(TWENTY_PRIVATE_FIFTY_FUND.allMet(figures)).isFalse();
    }

    @Test
    void limits_are_rounded_to_cents_half_up() {
        // 20% of 333,33 = 66,666 → 66,67: 66,66 is short, 66,67 meets it
        FinancingFigures shortByRounding = new FinancingFigures(eur("333.33"), eur("100.00"), eur("0"), eur("66.66"), null);
        FinancingFigures atRounding = new FinancingFigures(eur("333.33"), eur("100.00"), eur("0"), eur("66.67"), null);
        CoFinancingPolicy privateOnly = CoFinancingPolicy.of(eur("0.20"), null, null, false);
        assertThat(privateOnly.allMet(shortByRounding)).isFalse();
        assertThat(privateOnly.allMet(atRounding)).isTrue();
    }

    @Test
    void the_grant_may_equal_but_not_pass_the_municipal_contribution() {
        CoFinancingPolicy matching = CoFinancingPolicy.of(null, null, null, true);
        assertThat(matching.allMet(new FinancingFigures(eur("80000"), eur("40000.00"), eur("40000.00"), eur("0"), null))).isTrue();
        assertThat(matching.allMet(new FinancingFigures(eur("80000"), eur("40000.01"), eur("39999.99"), eur("0"), null))).isFalse();
    }

    @Test
    void volunteer_hours_count_up_to_the_in_kind_cap() {
        CoFinancingPolicy cap = CoFinancingPolicy.of(null, null, eur("0.10"), false);
        assertThat(cap.allMet(new FinancingFigures(eur("50000"), eur("0"), eur("0"), eur("5000"), eur("5000.00")))).isTrue();
        assertThat(cap.allMet(new FinancingFigures(eur("50000"), eur("0"), eur("0"), eur("5000"), eur("5000.01")))).isFalse();
    }

    @Test
    void a_call_without_rules_accepts_any_plan() {
        assertThat(CoFinancingPolicy.of(null, null, null, false).rules()).isEmpty();
    }
}
