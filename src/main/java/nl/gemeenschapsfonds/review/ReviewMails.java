package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.security.Salutations;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Mails the applicant on the steps of intake and on an extended decision deadline. */
@Component
class ReviewMails {

    private final Mailer mailer;
    private final Salutations salutations;
    private final Translations translations;
    private final ExtensionLetter extensionLetter;
    private final Organisations organisations;
    private final CallCatalogue calls;
    private final Clock clock;

    ReviewMails(Mailer mailer, Salutations salutations, Translations translations, ExtensionLetter extensionLetter,
                Organisations organisations, CallCatalogue calls, Clock clock) {
        this.extensionLetter = extensionLetter;
        this.organisations = organisations;
        this.calls = calls;
        this.clock = clock;
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
        if (extended.submittedBy() == null) {
            return;
        }
        // the notice as a letter of its own with the mail (issue 21.4: each applicant their own mail and letter)
        String organisation = organisations.organisation(extended.organisationId())
                .map(facts -> facts.addressLines().getFirst()).orElse("");
        byte[] letter = extensionLetter.render(extended, calls.terms(extended.callId()).authorityName(), organisation,
                LocalDate.ofInstant(clock.instant(), Formats.ZONE));
        Locale language = extended.language();
        mailer.send(new Mail(extended.submittedBy(), translations.get(language, "mail.extension.subject", extended.reference()),
                salutations.greet(extended.submittedBy(), language, translations.get(language, "mail.extension.text",
                        extended.reference(), Formats.date(extended.due(), language), extended.reason().trim())),
                List.of(new Mail.Attachment(ExtensionLetter.fileName(extended.reference(), language), "application/pdf", letter))));
    }

    private void send(String to, Locale language, String subjectKey, String reference, String textKey, Object... args) {
        if (to == null) {
            return;
        }
        mailer.send(new Mail(to, translations.get(language, subjectKey, reference),
                salutations.greet(to, language, translations.get(language, textKey, args))));
    }
}
