package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** What a decision on an objection must say (Awb 7:11, 7:12), without a database. */
class ObjectionDecisionPolicyTest {

    /** A grant of 2027 and 2028, 30.000 and 20.000 asked, 10.000 of 2027 paid in advance. */
    private final ObjectionDecisionPolicy onAGrant = new ObjectionDecisionPolicy(Recommendation.GRANT_PARTLY,
            amounts(2027, "30000", 2028, "20000"), Map.of(2027, new BigDecimal("10000")));

    private static SortedMap<Integer, BigDecimal> amounts(Object... yearsAndAmounts) {
        SortedMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < yearsAndAmounts.length; i += 2) {
            map.put((Integer) yearsAndAmounts[i], new BigDecimal((String) yearsAndAmounts[i + 1]));
        }
        return map;
    }

    private static ObjectionDecisionForm form(ObjectionOutcome outcome, String motivation) {
        return new ObjectionDecisionForm(1, outcome, motivation, null);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void an_outcome_and_a_motivation_are_required_and_a_motivation_over_four_thousand_characters_is_too_long() {
        assertThat(keys(onAGrant.problems(form(null, " "), new TreeMap<>())))
                .containsExactly("outcome:validation.required", "motivation:objection.motivationRequired");
        assertThat(keys(onAGrant.problems(form(ObjectionOutcome.REJECTED, "x".repeat(4001)), new TreeMap<>())))
                .containsExactly("motivation:validation.tooLong");
        assertThat(onAGrant.problems(form(ObjectionOutcome.REJECTED, "Ongegrond"), new TreeMap<>())).isEmpty();
    }

    @Test
    void new_amounts_only_when_the_objection_is_upheld_and_never_on_a_refusal() {
        assertThat(keys(onAGrant.problems(form(ObjectionOutcome.REJECTED, "Ongegrond"), amounts(2027, "30000"))))
                .containsExactly("newAmounts:objection.amountsOnlyWhenUpheld");
        ObjectionDecisionPolicy onARefusal = new ObjectionDecisionPolicy(Recommendation.REFUSE, amounts(2027, "30000"), Map.of());
        assertThat(keys(onARefusal.problems(form(ObjectionOutcome.UPHELD, "Gegrond"), amounts(2027, "30000"))))
                .containsExactly("newAmounts:objection.refusalNeedsNewDecision");
    }

    @Test
    void a_new_amount_lies_between_the_advance_paid_and_what_was_asked_and_they_are_not_all_zero() {
        assertThat(keys(onAGrant.problems(form(ObjectionOutcome.UPHELD, "Gegrond"), amounts(2027, "30000.01"))))
                .containsExactly("newAmounts:objection.amountAboveAsked");
        assertThat(keys(onAGrant.problems(form(ObjectionOutcome.UPHELD, "Gegrond"), amounts(2028, "-1"))))
                .containsExactly("newAmounts:objection.amountAboveAsked");
        assertThat(keys(onAGrant.problems(form(ObjectionOutcome.PARTLY_UPHELD, "Deels"), amounts(2027, "9999.99"))))
                .containsExactly("newAmounts:objection.belowAdvances");
        ObjectionDecisionPolicy noAdvances = new ObjectionDecisionPolicy(Recommendation.GRANT, amounts(2027, "30000"), Map.of());
        assertThat(keys(noAdvances.problems(form(ObjectionOutcome.UPHELD, "Gegrond"), amounts(2027, "0"))))
                .containsExactly("newAmounts:objection.amountsRequired");
        assertThat(onAGrant.problems(form(ObjectionOutcome.UPHELD, "Gegrond"), amounts(2027, "10000", 2028, "20000"))).isEmpty();
    }

    @Test
    void the_new_grant_is_partly_granted_when_less_than_asked_in_total() {
        assertThat(onAGrant.kindOf(amounts(2027, "30000", 2028, "20000"))).isEqualTo(Recommendation.GRANT);
        assertThat(onAGrant.kindOf(amounts(2027, "30000", 2028, "19999.99"))).isEqualTo(Recommendation.GRANT_PARTLY);
    }
}
