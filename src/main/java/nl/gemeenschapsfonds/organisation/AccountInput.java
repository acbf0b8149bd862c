package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.PasswordPolicy;

import java.util.List;
import java.util.regex.Pattern;

/** The checks registration and invitation share: e-mail address, name, password and its repetition. */
final class AccountInput {

    /** Something@something.tld, no spaces; the confirmation mail proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AccountInput() {
    }

    static boolean isEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    static void email(String field, String email, List<Problem> problems) {
        if (email == null || email.isBlank()) {
            problems.add(new Problem(field, "validation.required"));
        } else if (!isEmail(email)) {
            problems.add(new Problem(field, "account.validation.email"));
        }
    }

    static void text(String field, String text, int max, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(field, "validation.required"));
        } else if (text.length() > max) {
            problems.add(new Problem(field, "validation.tooLong", max));
        }
    }

    static void password(String password, String repeat, String email, List<Problem> problems) {
        PasswordPolicy.violation(password, email)
                .ifPresent(key -> problems.add(new Problem("password", key, PasswordPolicy.messageArguments())));
        if (password != null && !password.equals(repeat)) {
            problems.add(new Problem("passwordRepeat", "password.mismatch"));
        }
    }
}
