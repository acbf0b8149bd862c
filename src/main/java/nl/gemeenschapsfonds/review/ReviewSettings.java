package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;

/**
 * How a call is reviewed (issue 21.3, ADR 0027): the completed assessments a decision needs (1–3), from how many points
 * apart two total scores need a second opinion (null: never), and how many applications of the call one reviewer may
 * hold (null: no cap). A call without settings is reviewed as before: one assessment, no second opinion, no cap.
 */
public record ReviewSettings(long callId, int assessmentsRequired, BigDecimal secondOpinionSpread, Integer reviewerCap) {

    public static ReviewSettings defaults(long callId) {
        return new ReviewSettings(callId, 1, null, null);
    }

    public ReviewSettings {
        if (assessmentsRequired < 1 || assessmentsRequired > 3) {
            throw new IllegalArgumentException("assessments required must be 1 to 3: " + assessmentsRequired);
        }
        if (secondOpinionSpread != null && (secondOpinionSpread.signum() <= 0 || secondOpinionSpread.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("spread must be above 0 and at most 100: " + secondOpinionSpread);
        }
        if (reviewerCap != null && (reviewerCap < 1 || reviewerCap > 10000)) {
            throw new IllegalArgumentException("cap must be 1 to 10000: " + reviewerCap);
        }
    }

    public AssessmentPolicy assessmentPolicy() {
        return new AssessmentPolicy(assessmentsRequired, secondOpinionSpread);
    }
}
