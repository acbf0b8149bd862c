package nl.gemeenschapsfonds.security;

/** A link from a password-reset or address-change mail that cannot be used, and why. */
public class AccountTokenRefusedException extends RuntimeException {

    public enum Reason { UNKNOWN, USED, EXPIRED }

    private final Reason reason;

    AccountTokenRefusedException(Reason reason) {
        super("Account token refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
