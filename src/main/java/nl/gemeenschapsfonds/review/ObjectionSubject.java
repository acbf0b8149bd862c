package nl.gemeenschapsfonds.review;

/**
 * What an objection is against (ADR 0029): the decision on the application (the grant or refusal), or the settlement,
 * which is a decision of its own (Awb 4:46) with its own objection term. At most one objection of each per application.
 */
public enum ObjectionSubject {
    DECISION, SETTLEMENT
}
