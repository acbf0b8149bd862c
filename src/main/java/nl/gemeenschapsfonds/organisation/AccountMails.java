package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The mails of registration and invitation, in the recipient's language, with absolute links
 * built from {@code app.base-url}. They go out when the transaction commits (see {@link Mailer}).
 */
@Component
class AccountMails {

    private final Mailer mailer;
    private final Translations translations;
    private final String baseUrl;

    AccountMails(Mailer mailer, Translations translations, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void confirmation(String to, String name, String token, Locale locale) {
        send(to, locale, "mail.confirm.subject", "mail.confirm.text",
                name, link("confirm", token), EmailTokens.CONFIRMATION_VALIDITY.toHours());
    }

    /** To the owner of an address someone tried to register again: nothing changed, here is how to sign in. */
    void alreadyRegistered(String to, Locale locale) {
        send(to, locale, "mail.alreadyRegistered.subject", "mail.alreadyRegistered.text", baseUrl + "/login");
    }

    void invitation(String to, String inviter, String organisation, String token, Locale locale) {
        send(to, locale, "mail.invitation.subject", "mail.invitation.text",
                inviter, organisation, link("invite", token), EmailTokens.INVITATION_VALIDITY.toDays());
    }

    /** To an address that has an account already: it cannot join a second organisation. */
    void invitationForExistingAccount(String to, String inviter, String organisation, Locale locale) {
        send(to, locale, "mail.invitationExisting.subject", "mail.invitationExisting.text",
                inviter, organisation, baseUrl + "/login");
    }

    /** To the person who registered a funder: confirm the address; an administrator activates the funder. */
    void funderRegistered(String to, String name, String funderName, String token, Locale locale) {
        send(to, locale, "mail.funderRegistered.subject", "mail.funderRegistered.text",
                name, funderName, link("confirm", token), EmailTokens.CONFIRMATION_VALIDITY.toHours());
    }

    /** To the users of a funder: an administrator activated it, they can sign in. */
    void funderActivated(String to, String funderName, Locale locale) {
        send(to, locale, "mail.funderActivated.subject", "mail.funderActivated.text", funderName, baseUrl + "/login");
    }

    /** To the users of a funder: an administrator rejected the registration, with the reason. */
    void funderRejected(String to, String funderName, String reason, Locale locale) {
        send(to, locale, "mail.funderRejected.subject", "mail.funderRejected.text", funderName, reason);
    }

    void funderInvitation(String to, String inviter, String funderName, String token, Locale locale) {
        send(to, locale, "mail.funderInvitation.subject", "mail.funderInvitation.text",
                inviter, funderName, link("funder/invite", token), EmailTokens.INVITATION_VALIDITY.toDays());
    }

    private String link(String route, String token) {
        return baseUrl + "/" + route + "?token=" + token;
    }

    private void send(String to, Locale locale, String subjectKey, String textKey, Object... args) {
        mailer.send(new Mail(to, translations.get(locale, subjectKey, args), translations.get(locale, textKey, args)));
    }
}
