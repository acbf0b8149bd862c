package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One reviewer's assessment as the form shows and saves it: a score and comment per criterion of
 * the call, a recommendation with a proposed amount per year, and a motivation.
 */
public record AssessmentForm(long applicationId, long assessmentId, long version, List<CriterionScore> scores,
                             Recommendation recommendation, SortedMap<Integer, BigDecimal> proposedAmounts,
                             String motivation, BigDecimal weightedScore, boolean completed) {

    public AssessmentForm {
        scores = List.copyOf(scores);
        proposedAmounts = proposedAmounts == null ? new TreeMap<>() : new TreeMap<>(proposedAmounts);
    }

    /**
     * The weighted score on a scale of 0 to 100: each given score as a share of its criterion's maximum,
     * times its weight; a score not given (or outside 0 to the maximum) counts for nothing.
     */
    public static BigDecimal weightedScore(List<CriterionScore> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (CriterionScore criterion : scores) {
            Integer score = criterion.score();
            if (score != null && score >= 0 && score <= criterion.maxScore() && criterion.maxScore() > 0) {
                total = total.add(BigDecimal.valueOf(score).multiply(criterion.weight())
                        .divide(BigDecimal.valueOf(criterion.maxScore()), 4, RoundingMode.HALF_UP));
            }
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** A criterion with its weight and maximum, and what the reviewer gave (null while not scored). */
    public record CriterionScore(String nameNl, String nameEn, BigDecimal weight, int maxScore, Integer score, String comment) {
    }
}
