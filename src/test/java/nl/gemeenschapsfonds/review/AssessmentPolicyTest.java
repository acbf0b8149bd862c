package nl.gemeenschapsfonds.review;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static nl.gemeenschapsfonds.review.AssessmentPolicy.Verdict.COMPLETE;
import static nl.gemeenschapsfonds.review.AssessmentPolicy.Verdict.INCOMPLETE;
import static nl.gemeenschapsfonds.review.AssessmentPolicy.Verdict.SECOND_OPINION_NEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentPolicyTest {

    private static List<BigDecimal> scores(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void one_completed_assessment_is_enough_by_default() {
        assertThat(new AssessmentPolicy(1, null).verdict(scores())).isEqualTo(INCOMPLETE);
        assertThat(new AssessmentPolicy(1, null).verdict(scores("40"))).isEqualTo(COMPLETE);
    }

    @Test
    void a_call_asking_two_waits_for_the_second() {
        AssessmentPolicy two = new AssessmentPolicy(2, null);
        assertThat(two.verdict(scores("80"))).isEqualTo(INCOMPLETE);
        assertThat(two.missing(scores("80"))).isEqualTo(1);
        assertThat(two.verdict(scores("80", "20"))).as("no spread set: never a second opinion").isEqualTo(COMPLETE);
    }

    @Test
    void scores_further_apart_than_the_spread_need_a_second_opinion() {
        AssessmentPolicy policy = new AssessmentPolicy(2, new BigDecimal("15"));
        assertThat(policy.verdict(scores("80", "60"))).isEqualTo(SECOND_OPINION_NEEDED);
        assertThat(policy.missing(scores("80", "60"))).isEqualTo(1);
        assertThat(policy.verdict(scores("80", "60", "70"))).isEqualTo(COMPLETE);
    }

    @Test
    void scores_exactly_the_spread_apart_need_no_second_opinion() {
        assertThat(new AssessmentPolicy(2, new BigDecimal("15")).verdict(scores("80", "65"))).isEqualTo(COMPLETE);
    }

    @Test
    void the_spread_is_highest_minus_lowest() {
        assertThat(AssessmentPolicy.spread(scores("72.5", "90", "61"))).isEqualByComparingTo("29.00");
        assertThat(AssessmentPolicy.spread(scores("72.5"))).isEqualByComparingTo("0");
    }

    @Test
    void a_call_asks_one_to_three_assessments() {
        assertThatThrownBy(() -> new AssessmentPolicy(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssessmentPolicy(4, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewSettings(1, 2, new BigDecimal("-1"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewSettings(1, 2, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
