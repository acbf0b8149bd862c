package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The mails of sign-in protection and account changes, in the user's language, with absolute links
 * built from {@code app.base-url}. They go out through {@link Mailer} when the transaction commits.
 */
@Component
class SecurityMails {

    private final Mailer mailer;
    private final Translations translations;
    private final String baseUrl;

    SecurityMails(Mailer mailer, Translations translations, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Someone failed to sign in as this user many times; nothing is locked yet. */
    void repeatedFailures(AppUser user, long failures) {
        send(user.getEmail(), user.getPreferredLocale(), "signin.mail.failures.subject", "signin.mail.failures.text",
                user.getDisplayName(), failures, baseUrl + "/forgot-password");
    }

    /** The account is locked for a while after very many failures; a password reset lifts it. */
    void locked(AppUser user, long minutes) {
        send(user.getEmail(), user.getPreferredLocale(), "signin.mail.locked.subject", "signin.mail.locked.text",
                user.getDisplayName(), minutes, baseUrl + "/forgot-password");
    }

    void passwordReset(String to, String name, Locale locale, String token, long minutes) {
        send(to, locale, "reset.mail.subject", "reset.mail.text", name, baseUrl + "/reset-password?token=" + token, minutes);
    }


    void passwordChanged(AppUser user) {
        send(user.getEmail(), user.getPreferredLocale(), "account.mail.passwordChanged.subject",
                "account.mail.passwordChanged.text", user.getDisplayName(), baseUrl + "/forgot-password");
    }

    void confirmNewEmail(String to, String name, Locale locale, String token, long hours) {
        send(to, locale, "account.mail.confirmEmail.subject", "account.mail.confirmEmail.text",
                name, baseUrl + "/confirm-email-change?token=" + token, hours);
    }

    /** To the old address: the sign-in address is now another one. */
    void emailChanged(String oldAddress, String name, String newAddress, Locale locale) {
        send(oldAddress, locale, "account.mail.emailChanged.subject", "account.mail.emailChanged.text", name, newAddress);
    }

    /** An administrator removed the second factor; a new one is set up at the next sign-in. */
    void secondFactorReset(AppUser user) {
        send(user.getEmail(), user.getPreferredLocale(), "secondFactor.mail.reset.subject", "secondFactor.mail.reset.text",
                user.getDisplayName(), baseUrl + "/login");
    }

    private void send(String to, Locale locale, String subjectKey, String textKey, Object... args) {
        mailer.send(new Mail(to, translations.get(locale, subjectKey, args), translations.get(locale, textKey, args)));
    }
}
