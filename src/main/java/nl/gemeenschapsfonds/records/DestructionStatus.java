package nl.gemeenschapsfonds.records;

/** Where a destruction list stands: proposed (by the monthly job), confirmed by one administrator, approved by another. */
public enum DestructionStatus {
    PROPOSED, CONFIRMED, APPROVED, CANCELLED
}
