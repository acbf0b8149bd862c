package nl.gemeenschapsfonds.payment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** When money is due and may leave: the due date, TARGET2's business days, and the booking date after execution. */
class PaymentDatesPolicyTest {

    @Test
    void weekends_and_every_target2_closing_day_roll_forward_to_the_next_business_day() {
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2026, 12, 6))).as("a Sunday").isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2027, 1, 1))).as("New Year, then a weekend")
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2027, 3, 26))).as("Good Friday 2027, then Easter")
                .isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2027, 3, 29))).as("Easter Monday 2027").isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2028, 5, 1))).as("Labour Day, a Monday").isEqualTo(LocalDate.of(2028, 5, 2));
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2029, 12, 25))).as("Christmas and Boxing Day")
                .isEqualTo(LocalDate.of(2029, 12, 27));
        assertThat(Target2Calendar.onOrAfter(LocalDate.of(2027, 1, 5))).as("an ordinary Tuesday").isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void easter_is_computed_for_any_year() {
        assertThat(Target2Calendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Target2Calendar.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Target2Calendar.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(Target2Calendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(Target2Calendar.isBusinessDay(LocalDate.of(2028, 4, 14))).as("Good Friday 2028").isFalse();
        assertThat(Target2Calendar.isBusinessDay(LocalDate.of(2028, 4, 17))).as("Easter Monday 2028").isFalse();
        assertThat(Target2Calendar.isBusinessDay(LocalDate.of(2027, 5, 5))).as("Liberation Day is no TARGET2 holiday").isTrue();
    }

    @Test
    void an_advance_due_on_new_year_approved_in_december_leaves_on_the_first_business_day_of_the_year() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        LocalDate due = LocalDate.of(2027, 1, 1);

        assertThat(PaymentDatesPolicy.earliestFor(due, today)).isEqualTo(LocalDate.of(2027, 1, 4));
        LocalDate sunday = PaymentDatesPolicy.executionDate(LocalDate.of(2026, 12, 6));
        assertThat(sunday).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(PaymentDatesPolicy.executionProblem("GF-1", due, sunday, today)).hasValueSatisfying(problem -> {
            assertThat(problem.messageKey()).isEqualTo("payments.executionBeforeDue");
            assertThat(problem.args()).containsExactly("GF-1", due, LocalDate.of(2027, 1, 4));
        });
        assertThat(PaymentDatesPolicy.executionProblem("GF-1", due, LocalDate.of(2027, 1, 4), today)).isEmpty();
    }

    @Test
    void a_date_in_the_past_is_refused_and_a_payment_due_long_ago_leaves_on_the_next_business_day() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertThat(PaymentDatesPolicy.executionProblem("GF-1", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 4), saturday))
                .hasValueSatisfying(problem -> assertThat(problem.messageKey()).isEqualTo("payments.executionDateInPast"));
        assertThat(PaymentDatesPolicy.earliestFor(LocalDate.of(2026, 11, 1), saturday)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void the_booking_date_is_asked_never_before_execution_and_never_in_the_future() {
        LocalDate executed = LocalDate.of(2027, 1, 4);
        LocalDate today = LocalDate.of(2027, 1, 6);
        assertThat(PaymentDatesPolicy.bookingProblem(null, executed, today)).hasValueSatisfying(
                problem -> assertThat(problem.messageKey()).isEqualTo("payments.paidOnRequired"));
        assertThat(PaymentDatesPolicy.bookingProblem(LocalDate.of(2026, 12, 31), executed, today)).hasValueSatisfying(
                problem -> assertThat(problem.messageKey()).isEqualTo("payments.paidBeforeExecution"));
        assertThat(PaymentDatesPolicy.bookingProblem(LocalDate.of(2027, 1, 7), executed, today)).hasValueSatisfying(
                problem -> assertThat(problem.messageKey()).isEqualTo("payments.paidOnInFuture"));
        assertThat(PaymentDatesPolicy.bookingProblem(executed, executed, today)).isEmpty();
    }

    @Test
    void the_final_payment_is_due_on_the_day_of_the_settlement_and_leaves_on_the_next_business_day_at_the_earliest() {
        LocalDate saturday = LocalDate.of(2027, 3, 27);
        assertThat(PaymentDatesPolicy.finalPaymentDue(saturday)).isEqualTo(saturday);
        assertThat(PaymentDatesPolicy.earliestFor(PaymentDatesPolicy.finalPaymentDue(saturday), saturday))
                .as("Easter weekend 2027").isEqualTo(LocalDate.of(2027, 3, 30));
    }
}
