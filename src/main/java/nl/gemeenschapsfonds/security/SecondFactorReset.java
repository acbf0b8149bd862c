package nl.gemeenschapsfonds.security;

/**
 * An administrator removed a user's second factor (the user lost the phone and the recovery codes); the
 * user sets up a new one at the next sign-in. Published inside the transaction of the reset, so the
 * audit trail records it with the change.
 */
public record SecondFactorReset(long userId, String email, String resetBy) {
}
