package nl.gemeenschapsfonds.review;

import java.util.Set;

/**
 * Whether a reviewer may be assigned to an application (issue 21.3): not when they declared a conflict of interest
 * with it, not twice, and not beyond the call's cap of applications per reviewer. Only the reviewers' lead assigns
 * others; a reviewer may assign themselves (up to the same cap). The database holds the cap too (V59's trigger), for
 * two assignments at the same moment.
 *
 * @param cap applications of one call a reviewer may hold; null: no cap
 */
public record AssignmentPolicy(Integer cap) {

    public enum Outcome { ASSIGNED, ALREADY_ASSIGNED, CONFLICT_OF_INTEREST, OVER_CAP, NOT_A_LEAD, NOT_OPEN }

    /**
     * The outcome of assigning {@code reviewer} by {@code actor}.
     *
     * @param held        applications of the call the reviewer holds now
     * @param assignedNow reviewers assigned to the application now (lower case)
     * @param conflicted  reviewers who declared a conflict of interest with the application (lower case)
     * @param actorIsLead whether the one assigning is the reviewers' lead (or an administrator)
     */
    public Outcome assign(String actor, String reviewer, boolean actorIsLead, int held, Set<String> assignedNow,
                          Set<String> conflicted) {
        String who = reviewer.toLowerCase(java.util.Locale.ROOT);
        if (!actorIsLead && !actor.equalsIgnoreCase(reviewer)) {
            return Outcome.NOT_A_LEAD;
        }
        if (conflicted.contains(who)) {
            return Outcome.CONFLICT_OF_INTEREST;
        }
        if (assignedNow.contains(who)) {
            return Outcome.ALREADY_ASSIGNED;
        }
        if (cap != null && held >= cap) {
            return Outcome.OVER_CAP;
        }
        return Outcome.ASSIGNED;
    }
}
