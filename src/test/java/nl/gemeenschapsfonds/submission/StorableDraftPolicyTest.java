package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What keeps a draft from being saved, and that an incomplete draft is saved all the same. */
class StorableDraftPolicyTest {

    @Test
    void an_empty_draft_can_be_saved() {
        assertThat(StorableDraftPolicy.problems(draft(null, null, null, null, List.of()))).isEmpty();
    }

    @Test
    void a_postcode_that_is_no_postcode_is_refused_at_its_field() {
        assertThat(StorableDraftPolicy.problems(draft("12345", null, null, null, List.of())))
                .extracting(Problem::field, Problem::messageKey).containsExactly(tuple("facilityPostcode", "validation.postcode"));
    }

    @Test
    void an_end_before_the_start_is_refused_at_the_end_date() {
        assertThat(StorableDraftPolicy.problems(draft(null, null, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 1), List.of())))
                .extracting(Problem::field, Problem::messageKey).containsExactly(tuple("endDate", "submit.endBeforeStart"));
    }

    @Test
    void too_many_visitors_and_a_too_long_title_are_refused_each_at_its_field() {
        ApplicationDraft draft = new ApplicationDraft(1L, 0, 1, null, null, null, null, null, null, null, "x".repeat(201), null, null,
                100001, null, null, null, null, null, List.of(), List.of(), false);

        assertThat(StorableDraftPolicy.problems(draft)).extracting(Problem::field).containsExactlyInAnyOrder("title", "expectedVisitors");
    }

    @Test
    void a_cost_line_with_a_negative_amount_or_a_year_out_of_range_is_refused_once() {
        List<CostLine> lines = List.of(new CostLine(CostCategory.values()[0], 2027, null, new BigDecimal("-1")),
                new CostLine(CostCategory.values()[0], 1999, null, BigDecimal.TEN));

        assertThat(StorableDraftPolicy.problems(draft(null, null, null, null, lines)))
                .extracting(Problem::field, Problem::messageKey).containsExactly(tuple("costLines", "submit.lineIncomplete"));
    }

    private static ApplicationDraft draft(String postcode, Integer visitors, LocalDate start, LocalDate end, List<CostLine> costs) {
        return new ApplicationDraft(1L, 0, 1, null, null, null, postcode, null, null, null, null, null, null, visitors, null, null,
                null, start, end, costs, List.of(), false);
    }
}
