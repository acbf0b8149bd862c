package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.submission.DecisionClock.Suspension;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionClockTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void eight_weeks_from_the_receipt_date() {
        assertThat(DecisionClock.initialDeadline(LocalDate.of(2027, 1, 15), 8)).isEqualTo(LocalDate.of(2027, 3, 12));
    }

    @Test
    void across_the_year_end() {
        assertThat(DecisionClock.initialDeadline(LocalDate.of(2027, 12, 31), 8)).isEqualTo(LocalDate.of(2028, 2, 25));
        assertThat(DecisionClock.initialDeadline(LocalDate.of(2027, 11, 20), 6)).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void onto_a_leap_day_and_past_it() {
        assertThat(DecisionClock.initialDeadline(LocalDate.of(2028, 1, 4), 8)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DecisionClock.initialDeadline(LocalDate.of(2028, 1, 11), 8)).isEqualTo(LocalDate.of(2028, 3, 7));
        assertThat(DecisionClock.initialDeadline(LocalDate.of(2027, 1, 4), 8)).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void from_a_month_end() {
        assertThat(DecisionClock.initialDeadline(LocalDate.of(2027, 1, 31), 4)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void the_days_a_supplement_was_awaited_are_added() {
        LocalDate receipt = LocalDate.of(2027, 1, 15);
        List<Suspension> suspensions = List.of(new Suspension(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 3)));
        assertThat(DecisionClock.deadline(receipt, 8, suspensions, 0, TODAY)).isEqualTo(LocalDate.of(2027, 3, 26));
    }

    @Test
    void a_suspension_still_running_moves_the_deadline_with_today() {
        LocalDate receipt = LocalDate.of(2027, 1, 15);
        List<Suspension> running = List.of(new Suspension(LocalDate.of(2027, 2, 20), null));
        assertThat(DecisionClock.deadline(receipt, 8, running, 0, LocalDate.of(2027, 2, 25)))
                .isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(DecisionClock.deadline(receipt, 8, running, 0, LocalDate.of(2027, 2, 28)))
                .isEqualTo(LocalDate.of(2027, 3, 20));
    }

    @Test
    void suspensions_and_an_extension_add_up() {
        LocalDate receipt = LocalDate.of(2028, 1, 4);
        List<Suspension> two = List.of(new Suspension(LocalDate.of(2028, 1, 10), LocalDate.of(2028, 1, 12)),
                new Suspension(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 4)));
        assertThat(DecisionClock.deadline(receipt, 8, two, 4, TODAY)).isEqualTo(LocalDate.of(2028, 4, 2));
    }

    @Test
    void the_objection_period_runs_six_weeks_from_the_day_after_sending() {
        assertThat(DecisionClock.objectionDeadline(LocalDate.of(2027, 3, 12), 6)).isEqualTo(LocalDate.of(2027, 4, 23));
        assertThat(DecisionClock.objectionDeadline(LocalDate.of(2027, 12, 31), 6)).isEqualTo(LocalDate.of(2028, 2, 11));
    }

    @Test
    void nonsense_is_refused() {
        assertThatThrownBy(() -> DecisionClock.initialDeadline(TODAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Suspension(TODAY, TODAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
