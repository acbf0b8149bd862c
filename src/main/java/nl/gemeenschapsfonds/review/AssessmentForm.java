package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
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

    /** A criterion with its weight and maximum, and what the reviewer gave (null while not scored). */
    public record CriterionScore(String nameNl, String nameEn, BigDecimal weight, int maxScore, Integer score, String comment) {
    }
}
