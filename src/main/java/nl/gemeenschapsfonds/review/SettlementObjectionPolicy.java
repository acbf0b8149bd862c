package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a decision on an objection to a settlement may do to the settled amounts (ADR 0029), pure: only an upheld or
 * partly upheld objection changes them; per year never below what was settled (the objection cannot leave the
 * applicant worse off) and never above what was granted (Awb 4:46 lid 1); and something must change.
 *
 * @param granted what the grant decision granted per year
 * @param settled what the settlement settled per year
 */
public record SettlementObjectionPolicy(SortedMap<Integer, BigDecimal> granted, SortedMap<Integer, BigDecimal> settled) {

    public SettlementObjectionPolicy {
        granted = new TreeMap<>(granted);
        settled = new TreeMap<>(settled);
    }

    /** The problems of the new settled amounts (empty map: they stay), at {@code newAmounts}. */
    public List<Problem> problems(ObjectionOutcome outcome, SortedMap<Integer, BigDecimal> after) {
        List<Problem> problems = new ArrayList<>();
        if (after.isEmpty() || outcome == null) {
            return problems;
        }
        if (!outcome.mayChangeAmounts()) {
            problems.add(new Problem("newAmounts", "objection.amountsOnlyWhenUpheld"));
            return problems;
        }
        for (Map.Entry<Integer, BigDecimal> amount : after.entrySet()) {
            BigDecimal limit = granted.getOrDefault(amount.getKey(), BigDecimal.ZERO);
            BigDecimal floor = settled.getOrDefault(amount.getKey(), BigDecimal.ZERO);
            if (amount.getValue().compareTo(limit) > 0) {
                problems.add(new Problem("newAmounts", "objection.settlement.aboveGranted", String.valueOf(amount.getKey()), limit));
            } else if (amount.getValue().compareTo(floor) < 0) {
                problems.add(new Problem("newAmounts", "objection.settlement.belowSettled", String.valueOf(amount.getKey()), floor));
            }
        }
        if (problems.isEmpty() && !changes(after)) {
            problems.add(new Problem("newAmounts", "objection.settlement.unchanged"));
        }
        return problems;
    }

    /** Whether these amounts differ from what was settled. */
    public boolean changes(SortedMap<Integer, BigDecimal> after) {
        for (Map.Entry<Integer, BigDecimal> year : settled.entrySet()) {
            if (after.getOrDefault(year.getKey(), year.getValue()).compareTo(year.getValue()) != 0) {
                return true;
            }
        }
        return after.keySet().stream().anyMatch(year -> !settled.containsKey(year) && after.get(year).signum() != 0);
    }

    /** The settled amounts after the decision: what was settled, with the years the decision names replaced. */
    public SortedMap<Integer, BigDecimal> apply(SortedMap<Integer, BigDecimal> after) {
        SortedMap<Integer, BigDecimal> result = new TreeMap<>(settled);
        result.putAll(after);
        return result;
    }
}
