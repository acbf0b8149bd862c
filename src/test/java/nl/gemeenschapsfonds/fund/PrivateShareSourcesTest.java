package nl.gemeenschapsfonds.fund;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call's "private co-financing at least x%" counts only the sources the call names (issue 13): own money
 * and volunteer hours no longer let a plan pass a "private funders" rule without any funder.
 */
class PrivateShareSourcesTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    /** € 100.000 of costs, € 50.000 grant, € 30.000 municipality; € 20.000 private in the given parts. */
    private static FinancingFigures plan(String funders, String own, String inKind) {
        return new FinancingFigures(eur("100000.00"), eur("50000.00"), eur("30000.00"), eur(funders), eur(own), eur(inKind));
    }

    private static CoFinancingRule.Result check(Set<CoFinancingSource> counted, FinancingFigures figures) {
        return new CoFinancingRule.MinimumPrivateShare(new BigDecimal("0.20"), counted).check(figures);
    }

    @Test
    void a_funders_only_rule_is_not_met_by_own_money_and_volunteer_hours() {
        CoFinancingRule.Result result = check(Set.of(CoFinancingSource.PRIVATE_FUNDERS), plan("0", "10000.00", "10000.00"));
        assertThat(result.met()).isFalse();
        assertThat(result.actual()).isEqualByComparingTo("0");
        assertThat(result.limit()).isEqualByComparingTo("20000.00");
        assertThat(result.ruleKey()).isEqualTo("rule.minPrivateShare.funders");
    }

    @Test
    void a_funders_only_rule_is_met_by_funders_alone_exactly_at_the_minimum() {
        assertThat(check(Set.of(CoFinancingSource.PRIVATE_FUNDERS), plan("20000.00", "0", "0")).met()).isTrue();
        assertThat(check(Set.of(CoFinancingSource.PRIVATE_FUNDERS), plan("19999.99", "5000.00", "0")).met()).isFalse();
    }

    @Test
    void a_rule_counting_funders_and_own_money_leaves_volunteer_hours_out() {
        Set<CoFinancingSource> counted = Set.of(CoFinancingSource.PRIVATE_FUNDERS, CoFinancingSource.OWN_FUNDS);
        CoFinancingRule.Result result = check(counted, plan("5000.00", "10000.00", "5000.00"));
        assertThat(result.actual()).isEqualByComparingTo("15000.00");
        assertThat(result.met()).isFalse();
        assertThat(result.ruleKey()).isEqualTo("rule.minPrivateShare.funders.own");
        assertThat(check(counted, plan("5000.00", "15000.00", "0")).met()).isTrue();
    }

    @Test
    void counting_every_source_is_the_rule_as_it_was() {
        CoFinancingRule.Result result = check(CoFinancingSource.ALL, plan("0", "10000.00", "10000.00"));
        assertThat(result.met()).isTrue();
        assertThat(result.ruleKey()).isEqualTo("rule.minPrivateShare");
        assertThat(new CoFinancingRule.MinimumPrivateShare(new BigDecimal("0.20")).counted()).isEqualTo(CoFinancingSource.ALL);
    }

    @Test
    void the_policy_carries_what_counts_and_the_minimum_for_the_words_on_screen() {
        CoFinancingPolicy policy = CoFinancingPolicy.of(new BigDecimal("0.2000"), Set.of(CoFinancingSource.PRIVATE_FUNDERS),
                null, null, false);
        assertThat(policy.privateShareCounts()).containsExactly(CoFinancingSource.PRIVATE_FUNDERS);
        assertThat(policy.minPrivateSharePercent()).isEqualByComparingTo("20");
        assertThat(policy.allMet(plan("0", "20000.00", "0"))).isFalse();
        assertThat(CoFinancingPolicy.of(null, Set.of(CoFinancingSource.PRIVATE_FUNDERS), null, null, false).privateShareCounts())
                .isEmpty();
    }

    @Test
    void the_confirmed_pledges_replace_the_planned_funders_and_keep_own_money_and_hours() {
        FinancingFigures onPledges = plan("20000.00", "3000.00", "2000.00").withPrivateFunders(eur("4000.00"));
        assertThat(onPledges.privateFunders()).isEqualByComparingTo("4000.00");
        assertThat(onPledges.privateFunding()).isEqualByComparingTo("9000.00");
        assertThat(onPledges.privateFunding(Set.of(CoFinancingSource.PRIVATE_FUNDERS))).isEqualByComparingTo("4000.00");
    }

    @Test
    void the_sources_are_stored_and_read_back_and_name_their_words() {
        Set<CoFinancingSource> two = Set.of(CoFinancingSource.IN_KIND, CoFinancingSource.PRIVATE_FUNDERS);
        assertThat(CoFinancingSource.stored(two)).isEqualTo("PRIVATE_FUNDERS,IN_KIND");
        assertThat(CoFinancingSource.parse("PRIVATE_FUNDERS,IN_KIND")).isEqualTo(two);
        assertThat(CoFinancingSource.parse(null)).isEqualTo(CoFinancingSource.ALL);
        assertThat(CoFinancingSource.wordsKey(two)).isEqualTo("cofinancingSources.funders.inKind");
        assertThat(CoFinancingSource.PRIVATE_FUNDERS.labelKey()).isEqualTo("cofinOverview.private");
    }
}
