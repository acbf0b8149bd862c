package nl.gemeenschapsfonds.organisation;

/**
 * Where a funder stands: registered by itself and waiting for an administrator (PENDING), activated or
 * created by an administrator (ACTIVE; it may still be switched off), or rejected with a reason.
 */
public enum FunderRegistration {
    PENDING, ACTIVE, REJECTED
}
