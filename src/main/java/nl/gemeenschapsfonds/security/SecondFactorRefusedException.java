package nl.gemeenschapsfonds.security;

/** A code for the second factor was refused; {@link #key()} is the translation key of the message at the field. */
public class SecondFactorRefusedException extends RuntimeException {

    private final String key;

    public SecondFactorRefusedException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
