package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PledgePolicyTest {

    private static final Set<Integer> YEARS = Set.of(2027, 2028);
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 1);

    private static List<Problem> pledge(Integer year, String amount, PledgeKind kind, String description, String conditions) {
        return PledgePolicy.problemsOf(new PledgeForm(1, year, amount == null ? null : new BigDecimal(amount), kind,
                description, conditions), YEARS);
    }

    @Test
    void a_cash_pledge_in_a_year_of_the_project_is_accepted() {
        assertThat(pledge(2027, "2500.00", PledgeKind.CASH, null, null)).isEmpty();
        assertThat(pledge(2028, "2500.5", PledgeKind.CASH, "", "Vermeld ons logo")).isEmpty();
    }

    @Test
    void a_pledge_needs_a_year_of_the_project_unless_the_plan_has_no_years_yet() {
        assertThat(pledge(null, "100", PledgeKind.CASH, null, null)).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("year", "pledge.validation.yearRequired"));
        assertThat(pledge(2030, "100", PledgeKind.CASH, null, null)).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("year", "pledge.validation.yearOutside"));
        assertThat(PledgePolicy.problemsOf(new PledgeForm(1, 2030, BigDecimal.TEN, PledgeKind.CASH, null, null), Set.of()))
                .isEmpty();
    }

    @Test
    void the_amount_is_positive_in_whole_cents_and_fits_the_column() {
        assertThat(pledge(2027, null, PledgeKind.CASH, null, null)).extracting(Problem::messageKey)
                .containsExactly("pledge.validation.amountPositive");
        assertThat(pledge(2027, "0", PledgeKind.CASH, null, null)).extracting(Problem::messageKey)
                .containsExactly("pledge.validation.amountPositive");
        assertThat(pledge(2027, "10.005", PledgeKind.CASH, null, null)).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("amount", "pledge.validation.cents"));
        assertThat(pledge(2027, "10.500", PledgeKind.CASH, null, null)).isEmpty();
        assertThat(pledge(2027, "1000000000000", PledgeKind.CASH, null, null)).extracting(Problem::messageKey)
                .containsExactly("pledge.validation.amountTooLarge");
    }

    @Test
    void a_pledge_above_the_projects_costs_of_its_year_is_refused_at_the_amount() {
        // walk24: €99.999.999 was accepted for a project of €170.000
        java.util.Map<Integer, BigDecimal> costs = java.util.Map.of(2027, new BigDecimal("170000"));
        assertThat(PledgePolicy.problemsOf(new PledgeForm(1, 2027, new BigDecimal("99999999"), PledgeKind.CASH, null, null),
                YEARS, costs)).extracting(Problem::field, Problem::messageKey, Problem::args)
                .containsExactly(tuple("amount", "pledge.validation.aboveCosts", new Object[] {"2027", new BigDecimal("170000")}));
        assertThat(PledgePolicy.problemsOf(new PledgeForm(1, 2027, new BigDecimal("170000.00"), PledgeKind.CASH, null, null),
                YEARS, costs)).as("up to the costs").isEmpty();
        assertThat(PledgePolicy.problemsOf(new PledgeForm(1, 2028, new BigDecimal("99999999"), PledgeKind.CASH, null, null),
                YEARS, costs)).as("a year without costs in the plan is not checked").isEmpty();
    }

    @Test
    void a_pledge_in_kind_says_what_is_given_and_texts_have_a_limit() {
        assertThat(pledge(2027, "100", null, null, null)).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("kind", "pledge.validation.kindRequired"));
        assertThat(pledge(2027, "100", PledgeKind.IN_KIND, " ", null)).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("description", "pledge.validation.descriptionRequired"));
        assertThat(pledge(2027, "100", PledgeKind.IN_KIND, "Verf en kwasten", null)).isEmpty();
        assertThat(pledge(2027, "100", PledgeKind.CASH, "x".repeat(2001), "y".repeat(4001)))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("description", "pledge.validation.tooLong"), tuple("conditions", "pledge.validation.tooLong"));
    }

    @Test
    void every_problem_of_a_pledge_is_reported_at_once() {
        assertThat(pledge(null, "-1", null, null, null)).extracting(Problem::field).containsExactly("year", "amount", "kind");
    }

    @Test
    void a_receipt_has_a_date_not_in_the_future_and_an_amount_not_below_zero() {
        assertThat(PledgePolicy.problemsOfReceipt(TODAY, BigDecimal.ZERO, TODAY)).isEmpty();
        assertThat(PledgePolicy.problemsOfReceipt(TODAY.plusDays(1), new BigDecimal("-0.01"), TODAY))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("receivedOn", "pledge.validation.receivedOnFuture"),
                        tuple("receivedAmount", "pledge.validation.receivedAmount"));
        assertThat(PledgePolicy.problemsOfReceipt(null, null, TODAY)).extracting(Problem::messageKey)
                .containsExactly("pledge.validation.receivedOnRequired", "pledge.validation.receivedAmount");
    }
}
