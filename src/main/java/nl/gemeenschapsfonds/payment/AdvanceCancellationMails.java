package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.base.templates.Templates;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.Salutations;
import nl.gemeenschapsfonds.security.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Mail kind {@code payment-advances-cancelled} (issue 22): finance's staff of the authority are told which advances a
 * settlement cancelled, so nobody looks for them in the next batch. Body from the template
 * {@code mail/advances-cancelled}; leaves with the settling transaction (the mailer's outbox).
 */
@Component
class AdvanceCancellationMails {

    static final String TEMPLATE = "mail/advances-cancelled";

    private final UserAccounts accounts;
    private final Mailer mailer;
    private final Translations translations;
    private final Templates templates;
    private final Salutations salutations;

    AdvanceCancellationMails(UserAccounts accounts, Mailer mailer, Translations translations, Templates templates,
                             Salutations salutations) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.translations = translations;
        this.templates = templates;
        this.salutations = salutations;
    }

    @EventListener
    void onCancelled(AdvancesCancelledBySettlement cancelled) {
        for (AppUser finance : accounts.staff(cancelled.authorityId(), Role.FINANCE)) {
            Locale language = finance.getPreferredLocale();
            String lines = cancelled.cancelled().stream()
                    .map(c -> "- " + c.reference() + " (" + c.year() + "): " + Formats.money(c.amount(), language) + ", "
                            + translations.get(language, "payment.status." + c.before()))
                    .collect(Collectors.joining("\n"));
            String text = templates.renderText(TEMPLATE, language, Map.of(
                    "intro", translations.get(language, "mail.advancesCancelled.text", cancelled.applicationReference(),
                            Formats.money(cancelled.total(), language)),
                    "lines", lines,
                    "closing", translations.get(language, "mail.advancesCancelled.closing"))).stripTrailing();
            mailer.send(new Mail(finance.getEmail(), translations.get(language, "mail.advancesCancelled.subject",
                    cancelled.applicationReference()), salutations.greet(finance.getEmail(), language, text)));
        }
    }
}
