package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules a call's settings must meet before they can be saved, each with the field it belongs
 * to. The budget rules (ceilings within the fund's budget, not below what is committed) are the
 * ledger's and come on top.
 */
final class CallRules {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CallRules() {
    }

    static List<Problem> check(CallData call, boolean forPublication) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "titleNl", call.titleNl(), true, MAX_TITLE);
        text(problems, "titleEn", call.titleEn(), true, MAX_TITLE);
        text(problems, "descriptionNl", call.descriptionNl(), false, MAX_DESCRIPTION);
        text(problems, "descriptionEn", call.descriptionEn(), false, MAX_DESCRIPTION);
        if (call.openDate() == null) {
            problems.add(new Problem("openDate", "validation.required"));
        }
        if (!call.rollingIntake() && call.closeDate() == null) {
            problems.add(new Problem("closeDate", "call.validation.closeDateRequired"));
        }
        if (!call.rollingIntake() && call.openDate() != null && call.closeDate() != null
                && call.closeDate().isBefore(call.openDate())) {
            problems.add(new Problem("closeDate", "call.validation.closeBeforeOpen"));
        }
        if (call.rollingIntake() && call.allocationMethod() == AllocationMethod.RANKING) {
            problems.add(new Problem("allocationMethod", "call.validation.rankingNeedsCloseDate"));
        }
        if (call.maxGrant() != null && call.maxGrant().signum() <= 0) {
            problems.add(new Problem("maxGrant", "validation.positive"));
        }
        share(problems, "minPrivateShare", call.minPrivateSharePercent());
        if (call.minPrivateSharePercent() != null && call.minPrivateSharePercent().signum() > 0
                && call.privateShareCounts().isEmpty()) {
            problems.add(new Problem("privateShareCounts", "call.validation.privateShareCountsRequired"));
        }
        share(problems, "maxFundShare", call.maxFundSharePercent());
        share(problems, "maxInKindShare", call.maxInKindSharePercent());
        if (call.decisionWeeks() < 1 || call.decisionWeeks() > 52) {
            problems.add(new Problem("decisionWeeks", "validation.between", 1, 52));
        }
        if (call.objectionWeeks() < 1 || call.objectionWeeks() > 52) {
            problems.add(new Problem("objectionWeeks", "validation.between", 1, 52));
        }
        if (call.finalReportWeeks() < 1 || call.finalReportWeeks() > 52) {
            problems.add(new Problem("finalReportWeeks", "validation.between", 1, 52));
        }
        threshold(problems, "settleAtOnceUpTo", call.settleAtOnceUpTo());
        threshold(problems, "accountantStatementAbove", call.accountantStatementAbove());
        for (Map.Entry<Integer, BigDecimal> ceiling : call.ceilings().entrySet()) {
            if (ceiling.getValue() == null || ceiling.getValue().signum() < 0) {
                problems.add(new Problem("ceilings", "call.validation.ceilingNegative", String.valueOf(ceiling.getKey())));
            }
        }
        criteria(problems, call);
        if (forPublication) {
            if (call.facilityTypes().isEmpty()) {
                problems.add(new Problem("facilityTypes", "call.validation.facilityTypesRequired"));
            }
            if (call.ceilings().values().stream().noneMatch(c -> c != null && c.signum() > 0)) {
                problems.add(new Problem("ceilings", "call.validation.ceilingRequired"));
            }
        }
        return problems;
    }

    private static void criteria(List<Problem> problems, CallData call) {
        if (call.allocationMethod() == AllocationMethod.RANKING && call.criteria().isEmpty()) {
            problems.add(new Problem("criteria", "call.validation.rankingNeedsCriteria"));
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : call.criteria()) {
            if (isBlank(criterion.nameNl()) || isBlank(criterion.nameEn())) {
                problems.add(new Problem("criteria", "call.validation.criterionName"));
                return;
            }
            if (criterion.weight() == null || criterion.weight().signum() <= 0 || criterion.maxScore() < 1) {
                problems.add(new Problem("criteria", "call.validation.criterionWeight"));
                return;
            }
            total = total.add(criterion.weight());
        }
        if (!call.criteria().isEmpty() && total.compareTo(HUNDRED) != 0) {
            problems.add(new Problem("criteria", "call.validation.weightsTotal", total.stripTrailingZeros().toPlainString()));
        }
    }

    private static void share(List<Problem> problems, String field, BigDecimal percent) {
        if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
            problems.add(new Problem(field, "validation.percentage"));
        }
    }

    private static void text(List<Problem> problems, String field, String value, boolean required, int max) {
        if (required && isBlank(value)) {
            problems.add(new Problem(field, "validation.required"));
        } else if (value != null && value.length() > max) {
            problems.add(new Problem(field, "validation.tooLong", max));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void threshold(List<Problem> problems, String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            problems.add(new Problem(field, "validation.notNegative"));
        } else if (amount != null && !nl.gemeenschapsfonds.base.Amounts.storable(amount)) {
            problems.add(new Problem(field, "validation.amount"));
        }
    }
}
