package nl.gemeenschapsfonds.review;

import java.util.Collection;

/**
 * Four eyes: who decides on an application did not assess it, and who approves a payment did not take the decision it
 * pays. Names are e-mail addresses, compared without regard to case (as the database trigger of V37 does).
 */
public final class FourEyesPolicy {

    private FourEyesPolicy() {
    }

    /** Whether {@code decider} may decide on an application assessed by {@code assessors}. */
    public static boolean mayDecide(String decider, Collection<String> assessors) {
        return decider != null && assessors.stream().noneMatch(decider::equalsIgnoreCase);
    }

    /** Whether {@code approver} may approve a payment of a decision taken by {@code decider}. */
    public static boolean mayApprove(String approver, String decider) {
        return approver != null && !approver.equalsIgnoreCase(decider);
    }
}
