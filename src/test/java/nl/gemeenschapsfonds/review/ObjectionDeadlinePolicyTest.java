package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectionDeadlinePolicyTest {

    private static final LocalDate SENT = LocalDate.of(2027, 3, 1);

    @Test
    void the_objection_period_ends_the_calls_weeks_after_the_decision_was_sent() {
        assertThat(new ObjectionDeadlinePolicy(6).deadline(SENT)).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(new ObjectionDeadlinePolicy(8).deadline(SENT)).isEqualTo(LocalDate.of(2027, 4, 26));
    }

    @Test
    void an_objection_on_the_last_day_is_in_time_and_one_a_day_later_is_late() {
        LocalDate deadline = new ObjectionDeadlinePolicy(6).deadline(SENT);
        assertThat(ObjectionDeadlinePolicy.late(deadline, deadline)).isFalse();
        assertThat(ObjectionDeadlinePolicy.late(deadline.plusDays(1), deadline)).isTrue();
    }

    @Test
    void the_authority_decides_within_six_weeks_of_receipt() {
        assertThat(ObjectionDeadlinePolicy.decisionDue(LocalDate.of(2027, 5, 3))).isEqualTo(LocalDate.of(2027, 6, 14));
    }

    @Test
    void an_objection_is_received_between_the_decision_and_today() {
        LocalDate today = SENT.plusDays(10);
        assertThat(ObjectionDeadlinePolicy.receivedOnProblem(SENT, SENT, today)).isEmpty();
        assertThat(ObjectionDeadlinePolicy.receivedOnProblem(today, SENT, today)).isEmpty();
        assertThat(ObjectionDeadlinePolicy.receivedOnProblem(today.plusDays(1), SENT, today)).map(Problem::messageKey)
                .contains("objection.receivedInFuture");
        assertThat(ObjectionDeadlinePolicy.receivedOnProblem(SENT.minusDays(1), SENT, today)).map(Problem::messageKey)
                .contains("objection.receivedBeforeDecision");
        assertThat(ObjectionDeadlinePolicy.receivedOnProblem(null, SENT, today)).map(Problem::messageKey)
                .contains("validation.required");
    }

    @Test
    void an_objection_period_of_no_weeks_is_not_a_period() {
        assertThatThrownBy(() -> new ObjectionDeadlinePolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
