package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DecisionPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private final DecisionPolicy policy = new DecisionPolicy(new TreeMap<>(Map.of(2027, eur("40000"), 2028, eur("20000"))), TODAY);

    @Test
    void granting_everything_asked_is_a_grant_and_less_is_a_partial_grant() {
        assertThat(policy.kindOf(grant(Map.of(2027, eur("40000"), 2028, eur("20000")), List.of()))).isEqualTo(Recommendation.GRANT);
        assertThat(policy.kindOf(grant(Map.of(2027, eur("40000"), 2028, eur("10000")), List.of())))
                .isEqualTo(Recommendation.GRANT_PARTLY);
        assertThat(policy.kindOf(refusal(RefusalGround.OTHER))).isEqualTo(Recommendation.REFUSE);
    }

    @Test
    void a_complete_grant_within_what_was_asked_has_no_problems() {
        assertThat(policy.problems(grant(Map.of(2027, eur("30000")),
                List.of(new DecisionForm.Advance(TODAY.plusWeeks(1), 2027, eur("30000")))), () -> false)).isEmpty();
    }

    @Test
    void a_decision_without_motivation_is_refused_at_the_motivation() {
        DecisionForm form = new DecisionForm(1, Recommendation.GRANT, new TreeMap<>(Map.of(2027, eur("1"))), null, null, null,
                List.of(), null, "  ");
        assertThat(fields(policy.problems(form, () -> false))).containsExactly(tuple("motivation", "decision.motivationRequired"));
    }

    @Test
    void texts_longer_than_four_thousand_characters_are_refused_at_their_field() {
        String tooLong = "x".repeat(4001);
        DecisionForm form = new DecisionForm(1, Recommendation.GRANT, new TreeMap<>(Map.of(2027, eur("1"))), tooLong, tooLong,
                null, List.of(), null, tooLong);
        assertThat(fields(policy.problems(form, () -> false))).containsExactly(tuple("motivation", "validation.tooLong"),
                tuple("conditions", "validation.tooLong"), tuple("reportObligations", "validation.tooLong"));
    }

    @Test
    void a_refusal_needs_a_ground_and_nothing_else() {
        assertThat(fields(policy.problems(refusal(null), () -> false))).containsExactly(tuple("refusalGround", "decision.groundRequired"));
        assertThat(policy.problems(refusal(RefusalGround.NOT_ELIGIBLE), () -> false)).isEmpty();
    }

    @Test
    void a_grant_needs_an_amount_and_no_year_above_what_was_asked() {
        assertThat(fields(policy.problems(grant(Map.of(), List.of()), () -> false)))
                .containsExactly(tuple("amounts", "decision.amountsRequired"));
        List<Problem> above = policy.problems(grant(Map.of(2027, eur("40000.01"), 2029, eur("1")), List.of()), () -> false);
        assertThat(fields(above)).containsExactly(tuple("amount2027", "decision.amountAboveAsked"), tuple("amount2029", "decision.amountAboveAsked"));
        assertThat(above.getFirst().args()).containsExactly("2027", eur("40000"));
        assertThat(above.get(1).args()).containsExactly("2029", BigDecimal.ZERO);
    }

    @Test
    void an_amount_below_zero_is_refused_at_its_years_field_as_not_positive_not_as_unreadable_or_missing() {
        List<Problem> negative = policy.problems(grant(Map.of(2027, eur("-500")), List.of()), () -> false);
        assertThat(fields(negative)).containsExactly(tuple("amount2027", "reviewPage.amountNotPositive"));
        assertThat(negative.getFirst().args()).containsExactly("2027");
    }

    @Test
    void advances_must_be_complete_and_within_their_years_grant() {
        assertThat(fields(policy.problems(grant(Map.of(2027, eur("1000")), List.of(new DecisionForm.Advance(null, 2027, eur("10")))),
                () -> false))).containsExactly(tuple("advances", "decision.advanceIncomplete"));
        List<Problem> above = policy.problems(grant(Map.of(2027, eur("1000")),
                List.of(new DecisionForm.Advance(TODAY, 2027, eur("600")), new DecisionForm.Advance(TODAY, 2027, eur("400.01")))),
                () -> false);
        assertThat(fields(above)).containsExactly(tuple("advances", "decision.advancesAboveGrant"));
        assertThat(above.getFirst().args()).containsExactly("2027");
    }

    @Test
    void a_co_financing_condition_only_on_a_grant_with_a_future_date_when_the_rules_are_not_met() {
        assertThat(fields(policy.problems(withCondition(refusalForm(), TODAY.plusDays(1)), () -> false)))
                .containsExactly(tuple("coFinancingDueBy", "decision.conditionOnlyForGrant"));
        DecisionForm grant = grant(Map.of(2027, eur("1000")), List.of());
        assertThat(fields(policy.problems(withCondition(grant, TODAY), () -> false)))
                .containsExactly(tuple("coFinancingDueBy", "decision.conditionDateFuture"));
        assertThat(fields(policy.problems(withCondition(grant, TODAY.plusDays(1)), () -> true)))
                .containsExactly(tuple("coFinancingDueBy", "decision.conditionNotNeeded"));
        assertThat(policy.problems(withCondition(grant, TODAY.plusDays(1)), () -> false)).isEmpty();
    }

    @Test
    void whether_co_financing_is_met_is_only_asked_when_a_condition_is_set() {
        assertThat(policy.problems(grant(Map.of(2027, eur("1000")), List.of()), () -> {
            throw new AssertionError("asked without a condition");
        })).isEmpty();
    }

    private static DecisionForm grant(Map<Integer, BigDecimal> amounts, List<DecisionForm.Advance> advances) {
        return new DecisionForm(1, Recommendation.GRANT, new TreeMap<>(amounts), null, null, null, advances, null, "Motivatie.");
    }

    private static DecisionForm refusal(RefusalGround ground) {
        return new DecisionForm(1, Recommendation.REFUSE, null, null, null, null, List.of(), ground, "Motivatie.");
    }

    private static DecisionForm refusalForm() {
        return refusal(RefusalGround.OTHER);
    }

    private static DecisionForm withCondition(DecisionForm form, LocalDate dueBy) {
        return new DecisionForm(form.applicationId(), form.kind(), form.amounts(), form.conditions(), form.reportObligations(),
                form.settlementDeadline(), form.advances(), form.refusalGround(), form.motivation(), dueBy);
    }

    private static List<org.assertj.core.groups.Tuple> fields(List<Problem> problems) {
        return problems.stream().map(p -> tuple(p.field(), p.messageKey())).toList();
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
