package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a pledge and a recorded receipt must be, as rules of their own (pure Java, {@code PledgePolicyTest}): each
 * problem names the field it belongs to, so the form shows it there and keeps what was typed. Whether the project is
 * still open for pledges, and whose pledge it is, the service checks before.
 */
final class PledgePolicy {

    /** The largest amount a pledge may be (the column holds 14 digits, 2 of them cents). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_CONDITIONS = 4000;

    private PledgePolicy() {
    }

    /**
     * The problems of a pledge, per field ({@code year}, {@code amount}, {@code kind}, {@code description},
     * {@code conditions}); empty when it may be made.
     *
     * @param projectYears the years of the project's plan; when it has none yet, any year is accepted
     */
    static List<Problem> problemsOf(PledgeForm form, Set<Integer> projectYears) {
        return problemsOf(form, projectYears, Map.of());
    }

    /**
     * As {@link #problemsOf(PledgeForm, Set)}, and a pledge may not be more than the project's costs in its year
     * ({@code costsPerYear}; a year without costs there is not checked): walk24 found €99.999.999 accepted for a
     * project of €170.000, one typed 9 too many, which the applicant and the fund would then read as pledged.
     */
    static List<Problem> problemsOf(PledgeForm form, Set<Integer> projectYears, Map<Integer, BigDecimal> costsPerYear) {
        List<Problem> problems = new ArrayList<>();
        if (form.year() == null) {
            problems.add(new Problem("year", "pledge.validation.yearRequired"));
        } else if (!projectYears.isEmpty() && !projectYears.contains(form.year())) {
            problems.add(new Problem("year", "pledge.validation.yearOutside"));
        }
        if (form.amount() == null || form.amount().signum() <= 0) {
            problems.add(new Problem("amount", "pledge.validation.amountPositive"));
        } else if (form.amount().scale() > 2 && form.amount().stripTrailingZeros().scale() > 2) {
            problems.add(new Problem("amount", "pledge.validation.cents"));
        } else if (form.amount().compareTo(MAX_AMOUNT) > 0) {
            problems.add(new Problem("amount", "pledge.validation.amountTooLarge"));
        } else if (form.year() != null && costsPerYear.containsKey(form.year())
                && form.amount().compareTo(costsPerYear.get(form.year())) > 0) {
            problems.add(new Problem("amount", "pledge.validation.aboveCosts", String.valueOf(form.year()),
                    costsPerYear.get(form.year())));
        }
        if (form.kind() == null) {
            problems.add(new Problem("kind", "pledge.validation.kindRequired"));
        } else if (form.kind() == PledgeKind.IN_KIND && (form.description() == null || form.description().isBlank())) {
            problems.add(new Problem("description", "pledge.validation.descriptionRequired"));
        }
        if (form.description() != null && form.description().length() > MAX_DESCRIPTION) {
            problems.add(new Problem("description", "pledge.validation.tooLong", MAX_DESCRIPTION));
        }
        if (form.conditions() != null && form.conditions().length() > MAX_CONDITIONS) {
            problems.add(new Problem("conditions", "pledge.validation.tooLong", MAX_CONDITIONS));
        }
        return problems;
    }

    /**
     * The problems of a receipt the applicant records ({@code receivedOn}, {@code receivedAmount}): the date is
     * required and not after today; the amount may differ from the pledge, even be zero, but not negative.
     */
    static List<Problem> problemsOfReceipt(LocalDate receivedOn, BigDecimal amount, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (receivedOn == null) {
            problems.add(new Problem("receivedOn", "pledge.validation.receivedOnRequired"));
        } else if (receivedOn.isAfter(today)) {
            problems.add(new Problem("receivedOn", "pledge.validation.receivedOnFuture"));
        }
        if (amount == null || amount.signum() < 0) {
            problems.add(new Problem("receivedAmount", "pledge.validation.receivedAmount"));
        }
        return problems;
    }
}
