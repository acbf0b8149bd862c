package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The rules for the co-financing still missing per year, which an applicant who seeks co-financing
 * enters: each amount at least zero, in cents, not more than that year's costs, and only for years of
 * the project. Shared by the service (which refuses) and the wizard (which shows it at the field first).
 * A problem's field is {@code missingCofinancing-<year>}, or {@code missingCofinancing} for the whole.
 */
public final class CoFinancingSought {

    public static final String FIELD = "missingCofinancing";

    private CoFinancingSought() {
    }

    public static String field(int year) {
        return FIELD + "-" + year;
    }

    /** What is wrong with the amounts of a draft that seeks co-financing; nothing when it does not. */
    public static List<Problem> problems(ApplicationDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (!draft.seekingCofinancing()) {
            return problems;
        }
        SortedSet<Integer> years = draft.projectYears();
        SortedMap<Integer, BigDecimal> costs = draft.plan().costsPerYear();
        for (Map.Entry<Integer, BigDecimal> entry : draft.missingCofinancing().entrySet()) {
            problem(entry.getKey(), entry.getValue(), years, costs.getOrDefault(entry.getKey(), BigDecimal.ZERO))
                    .ifPresent(problems::add);
        }
        return problems;
    }

    /** The problem of one year's amount, if any. */
    public static java.util.Optional<Problem> problem(int year, BigDecimal amount, SortedSet<Integer> projectYears,
                                                      BigDecimal costsOfYear) {
        String field = field(year);
        if (!projectYears.contains(year)) {
            return java.util.Optional.of(new Problem(field, "missingCofinancing.yearOutside", String.valueOf(year)));
        }
        if (amount == null) {
            return java.util.Optional.empty();
        }
        if (amount.signum() < 0) {
            return java.util.Optional.of(new Problem(field, "missingCofinancing.negative"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return java.util.Optional.of(new Problem(field, "pledge.validation.cents"));
        }
        if (amount.compareTo(costsOfYear) > 0) {
            return java.util.Optional.of(new Problem(field, "missingCofinancing.aboveCosts", String.valueOf(year), costsOfYear));
        }
        return java.util.Optional.empty();
    }

    /**
     * What a draft cannot store: a negative amount or more than cents. The project's years and each year's costs
     * are checked at submission ({@link #forSubmission}): while the applicant still changes the dates or the costs
     * on other steps, an amount entered earlier must not stop those steps from being saved.
     */
    static List<Problem> forDraft(ApplicationDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (!draft.seekingCofinancing()) {
            return problems;
        }
        draft.missingCofinancing().forEach((year, amount) -> {
            if (amount != null && amount.signum() < 0) {
                problems.add(new Problem(field(year), "missingCofinancing.negative"));
            } else if (amount != null && !nl.gemeenschapsfonds.base.Amounts.storable(amount)) {
                problems.add(new Problem(field(year), "pledge.validation.cents"));
            }
        });
        return problems;
    }

    /** At submission: someone who seeks co-financing says how much is missing in at least one year. */
    static List<Problem> forSubmission(ApplicationDraft draft) {
        List<Problem> problems = problems(draft);
        if (draft.seekingCofinancing() && problems.isEmpty() && draft.missingCofinancing().values().stream()
                .noneMatch(amount -> amount != null && amount.signum() > 0)) {
            problems.add(new Problem(FIELD, "submit.required.missingCofinancing"));
        }
        return problems;
    }
}
