package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.Amounts;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.Postcode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a draft may hold so that it can be stored: incomplete is fine (the submission rules decide what must be
 * there), but not what the database could not hold or what can never be right (too long, a postcode that is no
 * postcode, negative amounts, an end before the start). Each problem names its field, so the wizard shows it there.
 */
final class StorableDraftPolicy {

    private StorableDraftPolicy() {
    }

    /** The problems that keep this draft from being saved; empty when it can be saved. */
    static List<Problem> problems(ApplicationDraft draft) {
        List<Problem> problems = new ArrayList<>();
        max(problems, "facilityName", draft.facilityName(), 200);
        max(problems, "facilityStreet", draft.facilityStreet(), 200);
        max(problems, "facilityCity", draft.facilityCity(), 100);
        max(problems, "title", draft.title(), 200);
        max(problems, "description", draft.description(), 4000);
        max(problems, "targetGroups", draft.targetGroups(), 1000);
        max(problems, "activities", draft.activities(), 4000);
        max(problems, "partners", draft.partners(), 1000);
        max(problems, "intervention", draft.intervention(), 500);
        if (draft.facilityPostcode() != null && !draft.facilityPostcode().isBlank() && !Postcode.isValid(draft.facilityPostcode())) {
            problems.add(new Problem("facilityPostcode", "validation.postcode"));
        }
        if (draft.expectedVisitorsPerWeek() != null && (draft.expectedVisitorsPerWeek() < 0 || draft.expectedVisitorsPerWeek() > 100000)) {
            problems.add(new Problem("expectedVisitors", "validation.between", 0, 100000));
        }
        if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            problems.add(new Problem("endDate", "submit.endBeforeStart"));
        }
        problems.addAll(CoFinancingSought.forDraft(draft));
        for (CostLine line : draft.costLines()) {
            if (line.category() == null || !validYear(line.year()) || !validAmount(line.amount())
                    || (line.description() != null && line.description().length() > 500)) {
                problems.add(new Problem("costLines", "submit.lineIncomplete"));
                break;
            }
        }
        for (FinancingLine line : draft.financingLines()) {
            if (line.source() == null || !validYear(line.year()) || !validAmount(line.amount())
                    || (line.description() != null && line.description().length() > 500)
                    || (line.source() == FundingSource.IN_KIND && (line.hours() == null || line.hourlyRate() == null))) {
                problems.add(new Problem("financingLines", "submit.lineIncomplete"));
                break;
            }
        }
        return problems;
    }

    private static boolean validYear(int year) {
        return year >= 2000 && year <= 2100;
    }

    private static boolean validAmount(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.compareTo(Amounts.MAX) <= 0;
    }

    private static void max(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "validation.tooLong", max));
        }
    }
}
