package nl.gemeenschapsfonds.report;

/** Why a cost line is settled lower than granted. */
public enum ReductionReason {
    NOT_SPENT, NOT_ELIGIBLE, COFINANCING_NOT_RECEIVED
}
