package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.security.Salutations;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SortedMap;

/** Tells the applicant by mail that their objection was received, and what was decided on it. */
@Component
class ObjectionMails {

    private final Mailer mailer;
    private final Salutations salutations;
    private final Translations translations;

    ObjectionMails(Mailer mailer, Salutations salutations, Translations translations) {
        this.mailer = mailer;
        this.salutations = salutations;
        this.translations = translations;
    }

    @EventListener
    @Order(3)
    void onRegistered(ObjectionRegistered registered) {
        if (registered.submittedBy() == null) {
            return;
        }
        Locale language = registered.language();
        Objection objection = registered.objection();
        StringBuilder text = new StringBuilder(translations.get(language, "mail.objection.received.text",
                registered.reference(), Formats.date(objection.receivedOn(), language),
                Formats.date(objection.decisionDue(), language)));
        if (objection.late()) {
            text.append("\n\n").append(translations.get(language, "mail.objection.late",
                    Formats.date(registered.deadline(), language)));
        }
        text.append("\n\n").append(translations.get(language, "mail.objection.closing"));
        mailer.send(new Mail(registered.submittedBy(),
                translations.get(language, "mail.objection.received.subject", registered.reference()),
                salutations.greet(registered.submittedBy(), language, text.toString())));
    }

    @EventListener
    @Order(3)
    void onDecided(ObjectionDecided decided) {
        if (decided.submittedBy() == null) {
            return;
        }
        Locale language = decided.language();
        StringBuilder text = new StringBuilder(translations.get(language, "mail.objection.decided.text",
                decided.reference(), translations.get(language, "objection.outcome." + decided.outcome()), decided.motivation()));
        if (decided.amountsChanged()) {
            text.append("\n\n").append(translations.get(language, "mail.objection.newAmounts",
                    Formats.money(DecisionPolicy.total(decided.after()), language), perYear(decided.after(), language)));
        }
        text.append("\n\n").append(translations.get(language, "mail.objection.closing"));
        mailer.send(new Mail(decided.submittedBy(),
                translations.get(language, "mail.objection.decided.subject", decided.reference()),
                salutations.greet(decided.submittedBy(), language, text.toString())));
    }

    private static String perYear(SortedMap<Integer, BigDecimal> amounts, Locale language) {
        StringBuilder lines = new StringBuilder();
        amounts.forEach((year, amount) -> lines.append("\n- ").append(year).append(": ").append(Formats.money(amount, language)));
        return lines.toString();
    }
}
