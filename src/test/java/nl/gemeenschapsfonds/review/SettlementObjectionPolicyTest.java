package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22 item 5 (ADR 0029): what a decision on an objection to a settlement may do to the settled amounts. */
class SettlementObjectionPolicyTest {

    private static final SettlementObjectionPolicy POLICY = new SettlementObjectionPolicy(
            years(10000, 10000), years(10000, 6000));

    @Test
    void an_upheld_objection_raises_a_year_up_to_what_was_granted() {
        assertThat(POLICY.problems(ObjectionOutcome.UPHELD, years(10000, 10000))).isEmpty();
        assertThat(POLICY.problems(ObjectionOutcome.PARTLY_UPHELD, new TreeMap<>(Map.of(2028, new BigDecimal("8000"))))).isEmpty();
        assertThat(POLICY.apply(new TreeMap<>(Map.of(2028, new BigDecimal("8000")))))
                .containsEntry(2027, new BigDecimal("10000")).containsEntry(2028, new BigDecimal("8000"));
    }

    @Test
    void never_above_the_grant_never_below_the_settlement_never_unchanged_and_only_when_upheld() {
        assertThat(POLICY.problems(ObjectionOutcome.UPHELD, years(10000, 10001))).extracting(Problem::messageKey)
                .containsExactly("objection.settlement.aboveGranted");
        assertThat(POLICY.problems(ObjectionOutcome.UPHELD, years(9000, 8000))).extracting(Problem::messageKey)
                .containsExactly("objection.settlement.belowSettled");
        assertThat(POLICY.problems(ObjectionOutcome.UPHELD, years(10000, 6000))).extracting(Problem::messageKey)
                .containsExactly("objection.settlement.unchanged");
        assertThat(POLICY.problems(ObjectionOutcome.REJECTED, years(10000, 8000))).extracting(Problem::messageKey)
                .containsExactly("objection.amountsOnlyWhenUpheld");
        assertThat(POLICY.problems(ObjectionOutcome.REJECTED, new TreeMap<>())).isEmpty();
        assertThat(POLICY.problems(ObjectionOutcome.UPHELD, years(10000, 8000))).allSatisfy(p ->
                assertThat(p.field()).isEqualTo("newAmounts"));
    }

    private static SortedMap<Integer, BigDecimal> years(int first, int second) {
        return new TreeMap<>(Map.of(2027, new BigDecimal(first), 2028, new BigDecimal(second)));
    }
}
