package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.base.templates.Templates;
import nl.gemeenschapsfonds.security.Salutations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mails the applicant the decision with its letter attached, once the letter is written ({@link DecisionLetters}),
 * naming the partner organisations of the application as the letter does. The body comes from the plain-text template
 * {@code mail/decision} (an authority may override it, see {@link Templates}).
 */
@Component
class DecisionMails {

    static final String TEMPLATE = "mail/decision";

    private final DecisionStore store;
    private final Mailer mailer;
    private final Salutations salutations;
    private final Translations translations;
    private final Templates templates;
    private final DecisionAddressees addressees;
    private final String baseUrl;

    DecisionMails(DecisionStore store, Mailer mailer, Salutations salutations, Translations translations, Templates templates,
                  DecisionAddressees addressees, @Value("${app.base-url}") String baseUrl) {
        this.templates = templates;
        this.addressees = addressees;
        this.store = store;
        this.mailer = mailer;
        this.salutations = salutations;
        this.translations = translations;
        this.baseUrl = baseUrl;
    }

    @EventListener
    @Order(3)
    void onDecisionTaken(DecisionTaken decision) {
        if (decision.submittedBy() == null) {
            return;
        }
        Locale language = decision.language();
        BigDecimal grantedTotal = decision.form().amounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String outcome = translations.get(language, "mail.decision.outcome." + decision.outcome(),
                Formats.money(grantedTotal, language),
                Formats.money(decision.asked().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), language));
        List<String> partners = addressees.partners(decision.applicationId());
        if (!partners.isEmpty()) {
            // the partners are named as in the letter: the applicant knows whom the decision concerns besides them
            outcome = outcome + "\n\n" + translations.get(language, "letter.partners", String.join("; ", partners));
        }
        byte[] letter = store.letter(decision.applicationId()).orElseThrow();
        mailer.send(new Mail(decision.submittedBy(),
                translations.get(language, "mail.decision.subject", decision.reference()),
                salutations.greet(decision.submittedBy(), language, templates.renderText(TEMPLATE, language, Map.of("decided",
                        translations.get(language, "mail.decision.told.text", decision.reference(), decision.title(), outcome,
                                Formats.date(decision.objectionDeadline(), language),
                                baseUrl + "/applications/" + decision.applicationId()))).stripTrailing()),
                List.of(new Mail.Attachment(DecisionService.letterFileName(decision.reference(), language), "application/pdf",
                        letter))));
    }
}
