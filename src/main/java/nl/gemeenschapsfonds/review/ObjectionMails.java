package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.base.templates.Templates;
import nl.gemeenschapsfonds.security.Salutations;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Tells the applicant by mail that their objection was received, and what was decided on it. The mail bodies come from
 * the plain-text templates {@code mail/objection-received} and {@code mail/objection-decided} (an authority may
 * override them, see {@link Templates}), which place the translated paragraphs.
 */
@Component
class ObjectionMails {

    static final String RECEIVED = "mail/objection-received";
    static final String DECIDED = "mail/objection-decided";

    private final Mailer mailer;
    private final Salutations salutations;
    private final Translations translations;
    private final Templates templates;

    ObjectionMails(Mailer mailer, Salutations salutations, Translations translations, Templates templates) {
        this.mailer = mailer;
        this.salutations = salutations;
        this.translations = translations;
        this.templates = templates;
    }

    @EventListener
    @Order(3)
    void onRegistered(ObjectionRegistered registered) {
        if (registered.submittedBy() == null) {
            return;
        }
        Locale language = registered.language();
        Objection objection = registered.objection();
        Map<String, String> parts = new HashMap<>();
        parts.put("received", translations.get(language, "mail.objection.received.text", registered.reference(),
                Formats.date(objection.receivedOn(), language), Formats.date(objection.decisionDue(), language)));
        if (objection.late()) {
            parts.put("late", translations.get(language, "mail.objection.late", Formats.date(registered.deadline(), language)));
        }
        parts.put("closing", translations.get(language, "mail.objection.closing"));
        String text = templates.renderText(RECEIVED, language, parts).stripTrailing();
        mailer.send(new Mail(registered.submittedBy(),
                translations.get(language, "mail.objection.received.subject", registered.reference()),
                salutations.greet(registered.submittedBy(), language, text)));
    }

    @EventListener
    @Order(3)
    void onDecided(ObjectionDecided decided) {
        if (decided.submittedBy() == null) {
            return;
        }
        Locale language = decided.language();
        Map<String, String> parts = new HashMap<>();
        parts.put("decided", translations.get(language, "mail.objection.decided.text", decided.reference(),
                translations.get(language, "objection.outcome." + decided.outcome()), decided.motivation()));
        if (decided.amountsChanged()) {
            parts.put("newAmounts", translations.get(language, decided.subject() == ObjectionSubject.SETTLEMENT
                            ? "mail.objection.newSettled" : "mail.objection.newAmounts",
                    Formats.money(DecisionPolicy.total(decided.after()), language), perYear(decided.after(), language)));
        }
        parts.put("closing", translations.get(language, "mail.objection.closing"));
        String text = templates.renderText(DECIDED, language, parts).stripTrailing();
        mailer.send(new Mail(decided.submittedBy(),
                translations.get(language, "mail.objection.decided.subject", decided.reference()),
                salutations.greet(decided.submittedBy(), language, text)));
    }

    private static String perYear(SortedMap<Integer, BigDecimal> amounts, Locale language) {
        StringBuilder lines = new StringBuilder();
        amounts.forEach((year, amount) -> lines.append("\n- ").append(year).append(": ").append(Formats.money(amount, language)));
        return lines.toString();
    }
}
