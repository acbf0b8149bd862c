package nl.gemeenschapsfonds.review;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** What a call's review settings may be (issue 21.3), each problem at its field. */
class ReviewSettingsPolicyTest {

    private static java.util.List<String> problems(Integer assessments, String spread, Integer cap) {
        return ReviewSettingsPolicy.problems(new ReviewSettingsForm(assessments, spread == null ? null : new BigDecimal(spread), cap))
                .stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void one_to_three_assessments_a_gap_above_zero_up_to_a_hundred_and_a_cap_from_one_are_accepted() {
        assertThat(problems(1, null, null)).isEmpty();
        assertThat(problems(3, "100", 10000)).isEmpty();
        assertThat(problems(2, "0.01", 1)).isEmpty();
    }

    @Test
    void each_value_out_of_range_is_refused_at_its_own_field() {
        assertThat(problems(null, null, null)).containsExactly("assessmentsRequired:reviewSettings.assessments.required");
        assertThat(problems(4, null, null)).containsExactly("assessmentsRequired:reviewSettings.assessments.range");
        assertThat(problems(0, "0", 0)).containsExactly("assessmentsRequired:reviewSettings.assessments.range",
                "secondOpinionSpread:reviewSettings.spread.range", "reviewerCap:reviewSettings.cap.range");
        assertThat(problems(1, "100.01", 10001)).containsExactly("secondOpinionSpread:reviewSettings.spread.range",
                "reviewerCap:reviewSettings.cap.range");
        assertThat(problems(1, "1.234", null)).containsExactly("secondOpinionSpread:reviewSettings.spread.decimals");
    }
}
