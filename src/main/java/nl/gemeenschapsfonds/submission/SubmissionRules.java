package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.Postcode;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.fund.CoFinancingRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything that must hold before an application can be submitted, checked on the server at the
 * moment of submission (and shown on the wizard's review step). Each problem names the field;
 * {@link #STEP} tells which wizard step it is on, so the applicant can go straight there.
 */
public final class SubmissionRules {

    /** The wizard step (1-7) of each field a problem can name. */
    public static final Map<String, Integer> STEP = Map.ofEntries(
            Map.entry("call", 1),
            Map.entry("facilityType", 2), Map.entry("facilityName", 2), Map.entry("facilityPostcode", 2),
            Map.entry("facilityCity", 2), Map.entry("facilityMunicipality", 2), Map.entry("kindOfWork", 2),
            Map.entry("title", 3), Map.entry("description", 3), Map.entry("targetGroups", 3),
            Map.entry("expectedVisitors", 3), Map.entry("activities", 3), Map.entry("startDate", 3), Map.entry("endDate", 3),
            Map.entry("costLines", 4),
            Map.entry("financingLines", 5), Map.entry("grant", 5), Map.entry("coFinancing", 5),
            Map.entry("attachments", 6),
            Map.entry("organisation", 7), Map.entry("account", 7));

    private SubmissionRules() {
    }

    /**
     * The problems of {@code draft} against {@code call} on {@code today}. Attachments, the
     * organisation's profile and the account are checked by the service, which knows them.
     */
    public static List<Problem> check(ApplicationDraft draft, CallTerms call, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        CallTerms.Availability availability = call.availabilityOn(today);
        if (availability != CallTerms.Availability.OPEN) {
            problems.add(new Problem("call", "submit.call." + availability));
        }
        // The facility
        if (draft.facilityType() == null) {
            problems.add(new Problem("facilityType", "submit.required.facilityType"));
        } else if (!call.facilityTypes().contains(draft.facilityType())) {
            problems.add(new Problem("facilityType", "submit.facilityTypeNotInCall"));
        }
        required(problems, "facilityName", draft.facilityName());
        if (draft.facilityPostcode() == null || !Postcode.isValid(draft.facilityPostcode())) {
            problems.add(new Problem("facilityPostcode", "submit.required.facilityPostcode"));
        }
        required(problems, "facilityCity", draft.facilityCity());
        required(problems, "facilityMunicipality", draft.facilityMunicipalityCode());
        if (draft.kindOfWork() == null) {
            problems.add(new Problem("kindOfWork", "submit.required.kindOfWork"));
        }
        // The project and its impact on loneliness
        required(problems, "title", draft.title());
        required(problems, "description", draft.description());
        required(problems, "targetGroups", draft.targetGroups());
        if (draft.expectedVisitorsPerWeek() == null || draft.expectedVisitorsPerWeek() < 1) {
            problems.add(new Problem("expectedVisitors", "submit.required.expectedVisitors"));
        }
        required(problems, "activities", draft.activities());
        if (draft.startDate() == null) {
            problems.add(new Problem("startDate", "submit.required.startDate"));
        }
        if (draft.endDate() == null) {
            problems.add(new Problem("endDate", "submit.required.endDate"));
        } else if (draft.startDate() != null && draft.endDate().isBefore(draft.startDate())) {
            problems.add(new Problem("endDate", "submit.endBeforeStart"));
        }
        // The cost budget and the financing plan
        FinancingPlan plan = draft.plan();
        if (draft.costLines().isEmpty() || plan.totalCosts().signum() <= 0) {
            problems.add(new Problem("costLines", "submit.costsRequired"));
        }
        for (Integer year : plan.costsPerYear().keySet()) {
            if (!call.years().contains(year)) {
                problems.add(new Problem("costLines", "submit.yearNotInCall", String.valueOf(year), years(call)));
            }
        }
        if (plan.grant().signum() <= 0) {
            problems.add(new Problem("grant", "submit.grantRequired"));
        }
        for (Integer year : plan.grantPerYear().keySet()) {
            if (!call.years().contains(year)) {
                problems.add(new Problem("grant", "submit.yearNotInCall", String.valueOf(year), years(call)));
            }
        }
        if (call.maxGrant() != null && plan.grant().compareTo(call.maxGrant()) > 0) {
            problems.add(new Problem("grant", "submit.grantAboveMaximum", call.maxGrant()));
        }
        if (plan.totalCosts().signum() > 0 && !plan.balances()) {
            BigDecimal gap = plan.gap();
            problems.add(new Problem("financingLines", gap.signum() > 0 ? "submit.planShort" : "submit.planOver", gap.abs()));
        }
        problems.addAll(CoFinancingSought.forSubmission(draft));
        if (plan.totalCosts().signum() > 0) {
            for (CoFinancingRule.Result result : call.coFinancing().check(plan.figures())) {
                if (!result.met()) {
                    problems.add(new Problem("coFinancing", result.ruleKey() + ".notMet", result.actual(), result.limit()));
                }
            }
        }
        return problems;
    }

    private static void required(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "submit.required." + field));
        }
    }

    private static String years(CallTerms call) {
        return call.years().isEmpty() ? "-" : call.years().first() + "–" + call.years().last();
    }

    /** The wizard step of a problem's field (7, the review step, when unknown). */
    public static int stepOf(Problem problem) {
        if (problem.field().startsWith(CoFinancingSought.FIELD)) {
            return 5;
        }
        if (problem.field().startsWith("question.")) {
            return 3; // the call's own questions are asked on the project step (ADR 0026)
        }
        return STEP.getOrDefault(problem.field(), 7);
    }

    static boolean isOpen(CallTerms call, LocalDate today) {
        return call.availabilityOn(today) == CallTerms.Availability.OPEN;
    }
}
