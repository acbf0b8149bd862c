package nl.gemeenschapsfonds.organisation;

import java.util.Locale;

/**
 * What a new applicant enters to register: their e-mail address and name, the organisation's
 * legal name, and the password twice. {@code locale} is the language they chose on the page,
 * for the confirmation mail and later mails.
 */
public record RegistrationData(String email, String displayName, String legalName, String password,
                               String passwordRepeat, Locale locale) {

    public RegistrationData {
        email = email == null ? "" : email.strip();
        displayName = displayName == null ? "" : displayName.strip();
        legalName = legalName == null ? "" : legalName.strip();
        locale = locale == null ? Locale.of("nl", "NL") : locale;
    }
}
