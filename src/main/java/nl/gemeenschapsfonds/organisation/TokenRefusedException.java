package nl.gemeenschapsfonds.organisation;

/** A link from a mail (confirmation or invitation) that cannot be used, and why. */
public class TokenRefusedException extends RuntimeException {

    /** Why a link is refused; the pages show {@code token.<NAME>}. */
    public enum Reason {
        /** No such token: mistyped, cut off, or never issued. */
        UNKNOWN,
        /** Used once already: a link works only once. */
        USED,
        /** Older than its validity (48 hours for a confirmation, 7 days for an invitation). */
        EXPIRED,
        /** The invited address got an account in the meantime. */
        ACCOUNT_EXISTS
    }

    private final Reason reason;

    public TokenRefusedException(Reason reason) {
        super("Link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
