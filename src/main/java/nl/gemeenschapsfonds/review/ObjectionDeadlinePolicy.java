package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The deadlines of an objection (bezwaar): the objection period ends {@code objectionWeeks} after the decision was
 * sent (Awb 6:7, 6:8; six weeks unless the call says otherwise); an objection received after it is late (6:11 leaves
 * it to the authority to excuse); the authority decides within six weeks of receipt (7:10, without an advisory
 * committee). An objection cannot be received before the decision nor in the future.
 */
public record ObjectionDeadlinePolicy(int objectionWeeks) {

    /** Weeks within which the authority decides on an objection (Awb 7:10; without an advisory committee). */
    public static final int DECISION_WEEKS = 6;

    public ObjectionDeadlinePolicy {
        if (objectionWeeks < 1) {
            throw new IllegalArgumentException("An objection period needs at least one week");
        }
    }

    /** The last day to object to a decision sent on {@code sentOn}. */
    public LocalDate deadline(LocalDate sentOn) {
        return sentOn.plusWeeks(objectionWeeks);
    }

    /** Whether an objection received on {@code receivedOn} came after the period that ended on {@code deadline}. */
    public static boolean late(LocalDate receivedOn, LocalDate deadline) {
        return receivedOn.isAfter(deadline);
    }

    /** The last day to decide on an objection received on {@code receivedOn}. */
    public static LocalDate decisionDue(LocalDate receivedOn) {
        return receivedOn.plusWeeks(DECISION_WEEKS);
    }

    /** What is wrong with the day an objection was received, if anything: required, not in the future, not before the decision. */
    public static Optional<Problem> receivedOnProblem(LocalDate receivedOn, LocalDate decisionDate, LocalDate today) {
        if (receivedOn == null) {
            return Optional.of(new Problem("receivedOn", "validation.required"));
        } else if (receivedOn.isAfter(today)) {
            return Optional.of(new Problem("receivedOn", "objection.receivedInFuture"));
        } else if (receivedOn.isBefore(decisionDate)) {
            return Optional.of(new Problem("receivedOn", "objection.receivedBeforeDecision"));
        }
        return Optional.empty();
    }
}
