package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * What a decision must say before it can be taken (Awb 3:46, 4:32, 4:53): a motivation; for a refusal its ground;
 * for a grant an amount per year of at most what was asked that year, advances that are complete and do not exceed a
 * year's grant, and a co-financing condition only on a grant, with a date in the future, and only when the call's
 * co-financing rules are not met yet. Pure: the facts come in, the problems per field go out.
 *
 * @param asked the grant asked per year in the application's financing plan
 * @param today the day the decision is taken
 */
public record DecisionPolicy(SortedMap<Integer, BigDecimal> asked, LocalDate today) {

    static final int MAX_TEXT = 4000;

    public DecisionPolicy {
        asked = new TreeMap<>(asked);
    }

    /** GRANT when everything asked is granted, GRANT_PARTLY when less; REFUSE as chosen. */
    public Recommendation kindOf(DecisionForm form) {
        if (form.kind() == Recommendation.REFUSE) {
            return Recommendation.REFUSE;
        }
        return total(form.amounts()).compareTo(total(asked)) < 0 ? Recommendation.GRANT_PARTLY : Recommendation.GRANT;
    }

    /**
     * The problems of the decision, per field; empty when it can be taken. {@code coFinancingMet} (whether the
     * call's co-financing rules are met on the confirmed pledges) is asked only when the decision sets a condition.
     */
    public List<Problem> problems(DecisionForm form, BooleanSupplier coFinancingMet) {
        Recommendation kind = kindOf(form);
        List<Problem> problems = texts(form);
        if (kind == Recommendation.REFUSE) {
            if (form.refusalGround() == null) {
                problems.add(new Problem("refusalGround", "decision.groundRequired"));
            }
        } else {
            amountsAndAdvances(form, problems);
        }
        if (form.coFinancingDueBy() != null) {
            if (kind == Recommendation.REFUSE) {
                problems.add(new Problem("coFinancingDueBy", "decision.conditionOnlyForGrant"));
            } else if (!form.coFinancingDueBy().isAfter(today)) {
                problems.add(new Problem("coFinancingDueBy", "decision.conditionDateFuture"));
            } else if (coFinancingMet.getAsBoolean()) {
                problems.add(new Problem("coFinancingDueBy", "decision.conditionNotNeeded"));
            }
        }
        return problems;
    }

    private static List<Problem> texts(DecisionForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.motivation() == null || form.motivation().isBlank()) {
            problems.add(new Problem("motivation", "decision.motivationRequired"));
        } else if (form.motivation().length() > MAX_TEXT) {
            problems.add(new Problem("motivation", "validation.tooLong", MAX_TEXT));
        }
        if (form.conditions() != null && form.conditions().length() > MAX_TEXT) {
            problems.add(new Problem("conditions", "validation.tooLong", MAX_TEXT));
        }
        if (form.reportObligations() != null && form.reportObligations().length() > MAX_TEXT) {
            problems.add(new Problem("reportObligations", "validation.tooLong", MAX_TEXT));
        }
        return problems;
    }

    private void amountsAndAdvances(DecisionForm form, List<Problem> problems) {
        if (form.amounts().values().stream().noneMatch(a -> a != null && a.signum() != 0)) {
            problems.add(new Problem("amounts", "decision.amountsRequired"));
        }
        // each year's problem names that year's field ("amount2027"), so the form shows it where it was typed
        for (Map.Entry<Integer, BigDecimal> amount : form.amounts().entrySet()) {
            BigDecimal limit = asked.getOrDefault(amount.getKey(), BigDecimal.ZERO);
            String field = "amount" + amount.getKey();
            if (amount.getValue() != null && amount.getValue().signum() < 0) {
                problems.add(new Problem(field, "reviewPage.amountNotPositive", String.valueOf(amount.getKey())));
            } else if (amount.getValue() == null || amount.getValue().signum() == 0 || amount.getValue().compareTo(limit) > 0) {
                problems.add(new Problem(field, "decision.amountAboveAsked", String.valueOf(amount.getKey()), limit));
            }
        }
        Map<Integer, BigDecimal> advancesPerYear = new TreeMap<>();
        for (DecisionForm.Advance advance : form.advances()) {
            if (advance.dueOn() == null || advance.amount() == null || advance.amount().signum() <= 0) {
                problems.add(new Problem("advances", "decision.advanceIncomplete"));
                return;
            }
            advancesPerYear.merge(advance.year(), advance.amount(), BigDecimal::add);
        }
        advancesPerYear.forEach((year, total) -> {
            if (total.compareTo(form.amounts().getOrDefault(year, BigDecimal.ZERO)) > 0) {
                problems.add(new Problem("advances", "decision.advancesAboveGrant", String.valueOf(year)));
            }
        });
    }

    static BigDecimal total(Map<Integer, BigDecimal> amounts) {
        return amounts.values().stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
