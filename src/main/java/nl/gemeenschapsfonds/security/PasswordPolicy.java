package nl.gemeenschapsfonds.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES}
 * bytes (BCrypt uses no more, and refuses longer input), not one of the common passwords in
 * {@code common-passwords.txt} next to this class nor one of the breached passwords in
 * {@code breached-passwords.txt} (both compared case-insensitively), and not the
 * user's e-mail address or the part of it before the {@code @}. Length rather than character
 * classes, as NIST SP 800-63B advises.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load("common-passwords.txt");
    /** The 30,000 most frequent passwords from public breaches; source and licence in the file's header. */
    private static final Set<String> BREACHED = load("breached-passwords.txt");

    private PasswordPolicy() {
    }

    /**
     * The first rule this password breaks, as a translation key (its texts take {@link #MIN_LENGTH}
     * as {0} and {@link #MAX_BYTES} as {1}), or empty when it is acceptable.
     */
    public static Optional<String> violation(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.tooLong");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("password.common");
        }
        if (BREACHED.contains(lower)) {
            return Optional.of("password.breached");
        }
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            int at = address.indexOf('@');
            if (lower.equals(address) || (at > 0 && lower.equals(address.substring(0, at)))) {
                return Optional.of("password.sameAsEmail");
            }
        }
        return Optional.empty();
    }

    public static boolean isAcceptable(String password, String email) {
        return violation(password, email).isEmpty();
    }

    /** The arguments every password text may use: the minimum length and the maximum in bytes. */
    public static Object[] messageArguments() {
        return new Object[]{MIN_LENGTH, MAX_BYTES};
    }

    /** How many passwords the breached list holds (at least 10,000). */
    static int breachedListSize() {
        return BREACHED.size();
    }

    private static Set<String> load(String file) {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing next to PasswordPolicy");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String password = line.strip();
                if (!password.isEmpty() && !password.startsWith("#")) {
                    passwords.add(password.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
