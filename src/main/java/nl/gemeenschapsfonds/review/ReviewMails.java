package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.security.Salutations;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Mails the applicant on the steps of intake and on an extended decision deadline. */
@Component
class ReviewMails {

    private final Mailer mailer;
    private final Salutations salutations;
    private final Translations translations;

    ReviewMails(Mailer mailer, Salutations salutations, Translations translations) {
        this.mailer = mailer;
        this.salutations = salutations;
        this.translations = translations;
    }

    @EventListener
    @Order(3)
    void onSupplementRequested(SupplementRequested requested) {
        send(requested.submittedBy(), requested.language(), "mail.supplement.subject", requested.reference(),
                "mail.supplement.text", requested.reference(), requested.text(),
                Formats.date(requested.dueOn(), requested.language()));
    }

    @EventListener
    @Order(3)
    void onNotConsidered(ApplicationNotConsidered notConsidered) {
        send(notConsidered.submittedBy(), notConsidered.language(), "mail.notConsidered.subject", notConsidered.reference(),
                "mail.notConsidered.text", notConsidered.reference(), notConsidered.requestText(),
                Formats.date(notConsidered.dueOn(), notConsidered.language()));
    }

    @EventListener
    @Order(3)
    void onDeadlineExtended(DecisionDeadlineExtended extended) {
        send(extended.submittedBy(), extended.language(), "mail.extension.subject", extended.reference(),
                "mail.extension.text", extended.reference(), Formats.date(extended.due(), extended.language()),
                extended.reason().trim());
    }

    private void send(String to, Locale language, String subjectKey, String reference, String textKey, Object... args) {
        if (to == null) {
            return;
        }
        mailer.send(new Mail(to, translations.get(language, subjectKey, reference),
                salutations.greet(to, language, translations.get(language, textKey, args))));
    }
}
