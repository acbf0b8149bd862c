package nl.gemeenschapsfonds.budget;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CeilingPolicyTest {

    private static CallYearBalance balance(String ceiling, String committed) {
        return new CallYearBalance(1, 2027, 1, new BigDecimal(ceiling), new BigDecimal(committed), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void a_commitment_that_exactly_fills_the_ceiling_is_allowed() {
        assertThat(CeilingPolicy.check(balance("100000.00", "60000.00"), new BigDecimal("40000.00"))).isEmpty();
    }

    @Test
    void one_cent_past_the_ceiling_is_refused_with_what_is_still_available() {
        assertThat(CeilingPolicy.check(balance("100000.00", "60000.00"), new BigDecimal("40000.01")))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.reason()).isEqualTo(BudgetRefusal.Reason.CEILING_REACHED);
                    assertThat(refusal.figure()).isEqualByComparingTo("40000.00");
                    assertThat(refusal.year()).isEqualTo(2027);
                });
    }

    @Test
    void a_full_ceiling_refuses_any_amount() {
        assertThat(CeilingPolicy.check(balance("500.00", "500.00"), new BigDecimal("0.01"))).isPresent();
    }

    @Test
    void a_commitment_must_be_positive() {
        assertThatThrownBy(() -> CeilingPolicy.check(balance("500.00", "0.00"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_ceiling_may_be_lowered_to_exactly_what_is_committed_but_not_below() {
        assertThat(CeilingPolicy.checkNewCeiling(balance("100000.00", "60000.00"), new BigDecimal("60000.00"))).isEmpty();
        assertThat(CeilingPolicy.checkNewCeiling(balance("100000.00", "60000.00"), new BigDecimal("59999.99")))
                .hasValueSatisfying(refusal -> assertThat(refusal.reason()).isEqualTo(BudgetRefusal.Reason.BELOW_COMMITTED));
    }
}
