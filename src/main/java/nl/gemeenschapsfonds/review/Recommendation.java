package nl.gemeenschapsfonds.review;

/** A reviewer's advice, and the kind of a decision. */
public enum Recommendation {
    GRANT, GRANT_PARTLY, REFUSE
}
