package nl.gemeenschapsfonds.organisation;

import java.util.Locale;

/**
 * What a funder enters to register itself: the organisation's name and kind, the contact person's name
 * and e-mail address (the first user), and the password twice.
 */
public record FunderRegistrationData(String name, FunderKind kind, String contactName, String email, String password,
                                     String passwordRepeat, Locale locale) {

    public FunderRegistrationData {
        name = name == null ? "" : name.strip();
        contactName = contactName == null ? "" : contactName.strip();
        email = email == null ? "" : email.strip();
        locale = locale == null ? Locale.of("nl", "NL") : locale;
    }
}
