package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a decision on an objection must say (Awb 7:11, 7:12): an outcome and a motivation; new amounts only when the
 * objection is (partly) upheld, only on a grant (a refusal needs a new decision), per year between what was already
 * paid in advance and what was asked, and not all zero. Pure.
 *
 * @param decision the decision objected to: its kind
 * @param asked    the grant asked per year
 * @param advances the advances the decision names, per year
 */
public record ObjectionDecisionPolicy(Recommendation decision, SortedMap<Integer, BigDecimal> asked,
                                      Map<Integer, BigDecimal> advances) {

    static final int MAX_TEXT = 4000;

    public ObjectionDecisionPolicy {
        asked = new TreeMap<>(asked);
        advances = new TreeMap<>(advances);
    }

    /** The problems of the decision on the objection with these new amounts (empty: the amounts stay), per field. */
    public List<Problem> problems(ObjectionDecisionForm form, SortedMap<Integer, BigDecimal> after) {
        List<Problem> problems = new ArrayList<>();
        if (form.outcome() == null) {
            problems.add(new Problem("outcome", "validation.required"));
        }
        if (form.motivation() == null || form.motivation().isBlank()) {
            problems.add(new Problem("motivation", "objection.motivationRequired"));
        } else if (form.motivation().trim().length() > MAX_TEXT) {
            problems.add(new Problem("motivation", "validation.tooLong", MAX_TEXT));
        }
        if (after.isEmpty() || form.outcome() == null) {
            return problems;
        }
        if (!form.outcome().mayChangeAmounts()) {
            problems.add(new Problem("newAmounts", "objection.amountsOnlyWhenUpheld"));
            return problems;
        }
        if (decision == Recommendation.REFUSE) {
            problems.add(new Problem("newAmounts", "objection.refusalNeedsNewDecision"));
            return problems;
        }
        for (Map.Entry<Integer, BigDecimal> amount : after.entrySet()) {
            BigDecimal limit = asked.getOrDefault(amount.getKey(), BigDecimal.ZERO);
            if (amount.getValue().signum() < 0 || amount.getValue().compareTo(limit) > 0) {
                problems.add(new Problem("newAmounts", "objection.amountAboveAsked", String.valueOf(amount.getKey()), limit));
            } else if (amount.getValue().compareTo(advances.getOrDefault(amount.getKey(), BigDecimal.ZERO)) < 0) {
                problems.add(new Problem("newAmounts", "objection.belowAdvances", String.valueOf(amount.getKey()),
                        advances.get(amount.getKey())));
            }
        }
        if (problems.isEmpty() && after.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() <= 0) {
            problems.add(new Problem("newAmounts", "objection.amountsRequired"));
        }
        return problems;
    }

    /** The kind of the grant with these amounts: GRANT when everything asked is granted, else GRANT_PARTLY. */
    public Recommendation kindOf(SortedMap<Integer, BigDecimal> amounts) {
        return DecisionPolicy.total(amounts).compareTo(DecisionPolicy.total(asked)) < 0 ? Recommendation.GRANT_PARTLY
                : Recommendation.GRANT;
    }
}
