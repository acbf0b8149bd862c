package nl.gemeenschapsfonds.cofinancing;

/**
 * What re-checking a co-financing condition on the money that counts now does (issue 22 item 6, ADR 0029), as a rule
 * of its own: met while open fulfils it; no longer met while fulfilled reopens it before its date, and after the date
 * leaves it fulfilled but tells the decision maker; anything else changes nothing.
 */
public enum ConditionChange {
    NONE, FULFILLED, REOPENED, SHORT_AFTER_DATE;

    /**
     * @param fulfilled       whether the condition is fulfilled now
     * @param met             whether the call's rules are met on what counts now
     * @param onOrBeforeDate  whether today is not after the condition's date
     */
    public static ConditionChange of(boolean fulfilled, boolean met, boolean onOrBeforeDate) {
        if (!fulfilled) {
            return met ? FULFILLED : NONE;
        }
        if (met) {
            return NONE;
        }
        return onOrBeforeDate ? REOPENED : SHORT_AFTER_DATE;
    }
}
