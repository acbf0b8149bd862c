package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.base.templates.Templates;
import nl.gemeenschapsfonds.security.Salutations;
import nl.gemeenschapsfonds.submission.ApplicationSummaries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the applicant when a payment of their grant has been paid: they can then look for it on their account. Body
 * from the plain-text template {@code mail/payment-paid} (per language; an authority may override it in
 * {@code app.templates.folder}), subject {@code mail.paid.subject} (a required kind in {@code MailKinds}). The
 * applicant's address and language come from submission's {@link ApplicationSummaries}, which needs no signed-in user,
 * so the mail also goes when the event comes without one.
 */
@Component
class PaymentMails {

    private final JdbcClient jdbc;
    private final ApplicationSummaries applications;
    private final Mailer mailer;
    private final Translations translations;
    private final Salutations salutations;
    private final Templates templates;
    private final String baseUrl;

    static final String TEMPLATE = "mail/payment-paid";

    PaymentMails(JdbcClient jdbc, ApplicationSummaries applications, Mailer mailer, Translations translations, Salutations salutations,
                 Templates templates, @Value("${app.base-url}") String baseUrl) {
        this.templates = templates;
        this.jdbc = jdbc;
        this.applications = applications;
        this.mailer = mailer;
        this.translations = translations;
        this.salutations = salutations;
        this.baseUrl = baseUrl;
    }

    /** In the paying transaction: the mail leaves when it commits (see {@link Mailer#send}). */
    @EventListener
    void paid(AdvancePaid paid) {
        record Recipient(String email, String language, String reference, String title, String iban) {
        }
        record Payment(long applicationId, String iban) {
        }
        jdbc.sql("select application_id, iban from payment_instruction where id = ?")
                .param(paid.paymentId())
                .query((rs, row) -> new Payment(rs.getLong(1), rs.getString(2)))
                .optional()
                .flatMap(payment -> applications.of(payment.applicationId())
                        .filter(application -> application.applicantEmail() != null)
                        .map(application -> new Recipient(application.applicantEmail(), application.applicantLocale(),
                                application.reference(), application.title(), payment.iban())))
                .ifPresent(to -> {
                    Locale language = Translations.supported(Locale.of(to.language() == null ? "nl" : to.language()));
                    String iban = to.iban() == null || to.iban().length() < 4 ? "" : to.iban().substring(to.iban().length() - 4);
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("salutation", salutations.salutation(to.email(), language));
                    variables.put("finalPayment", paid.finalPayment());
                    variables.put("paymentReference", paid.reference());
                    variables.put("amount", Formats.money(paid.amount(), language));
                    variables.put("paidOn", Formats.date(paid.paidOn(), language));
                    variables.put("accountEnd", iban);
                    variables.put("reference", to.reference());
                    variables.put("title", to.title());
                    variables.put("link", baseUrl + "/applications/" + paid.applicationId());
                    mailer.send(new Mail(to.email(), translations.get(language, "mail.paid.subject", to.reference()),
                            templates.renderText(TEMPLATE, language, variables).stripTrailing(), List.of())
                            .ofKind("mail.paid.subject"));
                });
    }
}
