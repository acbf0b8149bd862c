package nl.gemeenschapsfonds.records;

/**
 * How an application ended, as far as its retention is concerned. {@link #GRANTED} is not an end: a grant is kept
 * until it is settled (and then {@link #SETTLED} or, when money came back, {@link #REPAID} counts).
 */
public enum RetentionOutcome {
    REFUSED, NOT_CONSIDERED, WITHDRAWN, SETTLED, REPAID, GRANTED;

    /** The outcomes that close an application and start its retention term. */
    public static final java.util.List<RetentionOutcome> CLOSING = java.util.List.of(REFUSED, NOT_CONSIDERED, WITHDRAWN, SETTLED, REPAID);

    public boolean closes() {
        return this != GRANTED;
    }
}
