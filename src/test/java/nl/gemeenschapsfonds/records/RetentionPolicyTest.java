package nl.gemeenschapsfonds.records;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionPolicyTest {

    private static final LocalDate CLOSED = LocalDate.of(2027, 3, 15);

    @Test
    void refused_withdrawn_and_not_considered_are_kept_five_years_after_closing_by_default() {
        RetentionPolicy policy = RetentionPolicy.defaultPolicy();
        for (RetentionOutcome outcome : new RetentionOutcome[]{RetentionOutcome.REFUSED, RetentionOutcome.WITHDRAWN,
                RetentionOutcome.NOT_CONSIDERED}) {
            assertThat(policy.destroyOn(outcome, CLOSED)).as("%s", outcome).contains(LocalDate.of(2032, 3, 15));
        }
    }

    @Test
    void a_grant_is_kept_ten_years_after_its_settlement_or_repayment_by_default() {
        RetentionPolicy policy = RetentionPolicy.defaultPolicy();
        assertThat(policy.destroyOn(RetentionOutcome.SETTLED, CLOSED)).contains(LocalDate.of(2037, 3, 15));
        assertThat(policy.destroyOn(RetentionOutcome.REPAID, CLOSED)).contains(LocalDate.of(2037, 3, 15));
    }

    @Test
    void a_grant_not_yet_settled_or_an_open_application_has_no_destruction_date() {
        RetentionPolicy policy = RetentionPolicy.defaultPolicy();
        assertThat(policy.destroyOn(RetentionOutcome.GRANTED, CLOSED)).isEmpty();
        assertThat(policy.destroyOn(null, null)).isEmpty();
        assertThat(policy.due(RetentionOutcome.GRANTED, CLOSED, false, LocalDate.of(2099, 1, 1))).isFalse();
    }

    @Test
    void a_fund_term_replaces_the_default_for_its_outcome_only() {
        RetentionPolicy policy = new RetentionPolicy(Map.of(RetentionOutcome.REFUSED, 7));
        assertThat(policy.destroyOn(RetentionOutcome.REFUSED, CLOSED)).contains(LocalDate.of(2034, 3, 15));
        assertThat(policy.destroyOn(RetentionOutcome.WITHDRAWN, CLOSED)).contains(LocalDate.of(2032, 3, 15));
    }

    @Test
    void due_from_the_destruction_date_on_and_never_while_on_hold() {
        RetentionPolicy policy = RetentionPolicy.defaultPolicy();
        assertThat(policy.due(RetentionOutcome.REFUSED, CLOSED, false, LocalDate.of(2032, 3, 14))).isFalse();
        assertThat(policy.due(RetentionOutcome.REFUSED, CLOSED, false, LocalDate.of(2032, 3, 15))).isTrue();
        assertThat(policy.due(RetentionOutcome.REFUSED, CLOSED, true, LocalDate.of(2040, 1, 1))).isFalse();
    }

    @Test
    void a_term_outside_one_to_a_hundred_years_or_for_an_open_grant_is_refused() {
        assertThatThrownBy(() -> new RetentionPolicy(Map.of(RetentionOutcome.REFUSED, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(Map.of(RetentionOutcome.SETTLED, 101))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(Map.of(RetentionOutcome.GRANTED, 5))).isInstanceOf(IllegalArgumentException.class);
    }
}
