package nl.gemeenschapsfonds.review;

/** The decision on an objection (beslissing op bezwaar, Awb 7:11). */
public enum ObjectionOutcome {
    /** The objection is well-founded: the decision is revoked and, where needed, replaced. */
    UPHELD,
    /** The objection is unfounded: the decision stands. */
    REJECTED,
    /** The objection is partly well-founded. */
    PARTLY_UPHELD;

    /** Whether this outcome may change the granted amounts. */
    public boolean mayChangeAmounts() {
        return this != REJECTED;
    }
}
