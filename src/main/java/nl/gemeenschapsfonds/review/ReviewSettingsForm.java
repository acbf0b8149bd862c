package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException;

import java.math.BigDecimal;
import java.util.List;

/**
 * The administrator's review settings of a call as typed (issue 21.3): any value, checked by
 * {@link ReviewSettingsPolicy} at its field before it becomes {@link ReviewSettings}. Empty spread: no second
 * opinion; empty cap: no cap.
 */
public record ReviewSettingsForm(Integer assessmentsRequired, BigDecimal secondOpinionSpread, Integer reviewerCap) {

    /** What {@link ReviewSettingsPolicy} refuses in these settings, each problem at its field (none: they can be saved). */
    public List<InvalidInputException.Problem> problems() {
        return ReviewSettingsPolicy.problems(this);
    }

    public static ReviewSettingsForm of(ReviewSettings settings) {
        return new ReviewSettingsForm(settings.assessmentsRequired(), settings.secondOpinionSpread(), settings.reviewerCap());
    }
}
