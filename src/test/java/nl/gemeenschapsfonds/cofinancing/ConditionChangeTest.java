package nl.gemeenschapsfonds.cofinancing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22 item 6: what re-checking a co-financing condition on the money that counts now does. */
class ConditionChangeTest {

    @Test
    void an_open_condition_is_fulfilled_once_met_whatever_the_date() {
        assertThat(ConditionChange.of(false, true, true)).isEqualTo(ConditionChange.FULFILLED);
        assertThat(ConditionChange.of(false, true, false)).isEqualTo(ConditionChange.FULFILLED);
        assertThat(ConditionChange.of(false, false, true)).isEqualTo(ConditionChange.NONE);
    }

    @Test
    void a_fulfilled_condition_no_longer_met_reopens_before_its_date_and_only_tells_the_decision_maker_after_it() {
        assertThat(ConditionChange.of(true, false, true)).isEqualTo(ConditionChange.REOPENED);
        assertThat(ConditionChange.of(true, false, false)).isEqualTo(ConditionChange.SHORT_AFTER_DATE);
        assertThat(ConditionChange.of(true, true, false)).isEqualTo(ConditionChange.NONE);
    }
}
