package nl.gemeenschapsfonds.review;

/** Why an application is refused (Awb 4:25 and 4:35). */
public enum RefusalGround {
    /** The ceiling of the call has been reached (Awb 4:25). */
    CEILING_REACHED,
    NOT_ELIGIBLE,
    INSUFFICIENT_IMPACT,
    FINANCING_INCOMPLETE,
    OTHER
}
