package nl.gemeenschapsfonds.security;

/**
 * A password that the service refuses: not acceptable under {@link PasswordPolicy}, or (on "Mijn
 * account") the current password typed wrong. {@link #key()} is the translation key of the text; its
 * arguments are {@link PasswordPolicy#messageArguments()}.
 */
public class InvalidPasswordException extends RuntimeException {

    private final String key;

    InvalidPasswordException(String key) {
        super("Password refused: " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
