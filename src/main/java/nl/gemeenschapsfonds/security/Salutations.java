package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.base.i18n.Translations;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Addresses the recipient of a mail by name. Mail texts begin with the general salutation
 * ({@code mail.salutation.general}, "Beste aanvrager,"); for a known user it becomes
 * "Beste Anna de Vries,". Someone without an account keeps the general one.
 */
@Component
public class Salutations {

    private final AppUserRepository users;
    private final Translations translations;

    Salutations(AppUserRepository users, Translations translations) {
        this.users = users;
        this.translations = translations;
    }

    /** "Beste {name}," for the user with this e-mail address, else the general salutation. */
    public String salutation(String email, Locale language) {
        return (email == null ? java.util.Optional.<AppUser>empty() : users.findByEmail(email))
                .map(AppUser::getDisplayName).filter(name -> !name.isBlank())
                .map(name -> translations.get(language, "mail.salutation.named", name.strip()))
                .orElseGet(() -> translations.get(language, "mail.salutation.general"));
    }

    /** The mail text with its general salutation replaced by the recipient's name. */
    public String greet(String email, Locale language, String text) {
        String general = translations.get(language, "mail.salutation.general");
        return text.startsWith(general) ? salutation(email, language) + text.substring(general.length()) : text;
    }
}
