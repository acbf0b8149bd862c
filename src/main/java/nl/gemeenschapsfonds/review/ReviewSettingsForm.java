package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;

/**
 * The administrator's review settings of a call as typed (issue 21.3): any value, checked by
 * {@link ReviewSettingsPolicy} at its field before it becomes {@link ReviewSettings}. Empty spread: no second
 * opinion; empty cap: no cap.
 */
public record ReviewSettingsForm(Integer assessmentsRequired, BigDecimal secondOpinionSpread, Integer reviewerCap) {

    public static ReviewSettingsForm of(ReviewSettings settings) {
        return new ReviewSettingsForm(settings.assessmentsRequired(), settings.secondOpinionSpread(), settings.reviewerCap());
    }
}
