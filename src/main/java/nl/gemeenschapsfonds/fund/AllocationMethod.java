package nl.gemeenschapsfonds.fund;

/** How a call divides its ceiling. */
public enum AllocationMethod {
    /** volgorde van binnenkomst: the exact receipt time decides. */
    FIRST_COME,
    /** rangschikking: after the closing date, ranked on the call's weighted criteria. */
    RANKING
}
