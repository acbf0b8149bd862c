package nl.gemeenschapsfonds.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An objection (bezwaar) against the decision on an application: when it was received, the
 * grounds, whether it came after the objection period, and the decision on it once taken.
 */
public record Objection(long id, long applicationId, LocalDate receivedOn, String grounds, boolean late,
                        String registeredBy, ObjectionOutcome outcome, String outcomeMotivation, Instant decidedAt) {

    /** Weeks within which the authority decides on an objection (Awb 7:10; without an advisory committee). */
    public static final int DECISION_WEEKS = ObjectionDeadlinePolicy.DECISION_WEEKS;

    /** The last day to decide on this objection: six weeks from its receipt. */
    public LocalDate decisionDue() {
        return ObjectionDeadlinePolicy.decisionDue(receivedOn);
    }

    public boolean decided() {
        return outcome != null;
    }

    /** Still undecided after its due date. */
    public boolean overdueOn(LocalDate today) {
        return !decided() && today.isAfter(decisionDue());
    }
}
