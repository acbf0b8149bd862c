package nl.gemeenschapsfonds.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * When the assessments of an application are enough to decide on it (issue 21.3): the call's number of completed
 * assessments, and, when two total scores among them lie more than the call's spread apart, one more completed
 * assessment (the second opinion). The decision maker sees the spread; the decision waits until the verdict is
 * {@link Verdict#COMPLETE}.
 *
 * @param required            completed assessments the call asks (1–3)
 * @param secondOpinionSpread points (on the 0–100 total score) two scores may differ before a second opinion is due;
 *                            null: never
 */
public record AssessmentPolicy(int required, BigDecimal secondOpinionSpread) {

    public enum Verdict { INCOMPLETE, SECOND_OPINION_NEEDED, COMPLETE }

    public AssessmentPolicy {
        if (required < 1 || required > 3) {
            throw new IllegalArgumentException("required must be 1 to 3: " + required);
        }
    }

    /** The verdict on the total scores of the completed assessments, in the order they were completed. */
    public Verdict verdict(List<BigDecimal> completedScores) {
        List<BigDecimal> scores = completedScores.stream().filter(Objects::nonNull).toList();
        if (scores.size() < required) {
            return Verdict.INCOMPLETE;
        }
        if (secondOpinionDue(scores.subList(0, required)) && scores.size() < required + 1) {
            return Verdict.SECOND_OPINION_NEEDED;
        }
        return Verdict.COMPLETE;
    }

    /** How many more completed assessments the verdict waits for (0 when complete). */
    public int missing(List<BigDecimal> completedScores) {
        int done = (int) completedScores.stream().filter(Objects::nonNull).count();
        return switch (verdict(completedScores)) {
            case INCOMPLETE -> required - done;
            case SECOND_OPINION_NEEDED -> required + 1 - done;
            case COMPLETE -> 0;
        };
    }

    /** Highest minus lowest total score; zero for fewer than two scores. */
    public static BigDecimal spread(List<BigDecimal> scores) {
        List<BigDecimal> given = scores.stream().filter(Objects::nonNull).toList();
        if (given.size() < 2) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal max = given.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = given.stream().min(BigDecimal::compareTo).orElseThrow();
        return max.subtract(min).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private boolean secondOpinionDue(List<BigDecimal> scores) {
        return secondOpinionSpread != null && spread(scores).compareTo(secondOpinionSpread) > 0;
    }
}
