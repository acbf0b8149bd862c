package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a call's review settings may be (issue 21.3, ADR 0027): 1 to 3 assessments, a second-opinion gap above 0 and
 * at most 100 points (or none), a cap of 1 to 10,000 applications per reviewer (or none). Each problem at its field.
 */
final class ReviewSettingsPolicy {

    private ReviewSettingsPolicy() {
    }

    static List<Problem> problems(ReviewSettingsForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.assessmentsRequired() == null) {
            problems.add(new Problem("assessmentsRequired", "reviewSettings.assessments.required"));
        } else if (form.assessmentsRequired() < 1 || form.assessmentsRequired() > 3) {
            problems.add(new Problem("assessmentsRequired", "reviewSettings.assessments.range"));
        }
        BigDecimal spread = form.secondOpinionSpread();
        if (spread != null && (spread.signum() <= 0 || spread.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(new Problem("secondOpinionSpread", "reviewSettings.spread.range"));
        } else if (spread != null && spread.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem("secondOpinionSpread", "reviewSettings.spread.decimals"));
        }
        if (form.reviewerCap() != null && (form.reviewerCap() < 1 || form.reviewerCap() > 10000)) {
            problems.add(new Problem("reviewerCap", "reviewSettings.cap.range"));
        }
        return problems;
    }

    /** The settings, once {@link #problems} found none. */
    static ReviewSettings settings(long callId, ReviewSettingsForm form) {
        return new ReviewSettings(callId, form.assessmentsRequired(), form.secondOpinionSpread(), form.reviewerCap());
    }
}
