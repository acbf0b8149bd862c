package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.security.Salutations;
import nl.gemeenschapsfonds.submission.ApplicationSummaries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Tells the applicant when a payment of their grant has been paid: they can then look for it on their account. The
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
    private final String baseUrl;

    PaymentMails(JdbcClient jdbc, ApplicationSummaries applications, Mailer mailer, Translations translations, Salutations salutations,
                 @Value("${app.base-url}") String baseUrl) {
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
                    String what = paid.finalPayment() ? translations.get(language, "mail.paid.final")
                            : translations.get(language, "mail.paid.advance", paid.reference());
                    String iban = to.iban() == null || to.iban().length() < 4 ? "" : to.iban().substring(to.iban().length() - 4);
                    mailer.send(new Mail(to.email(), translations.get(language, "mail.paid.subject", to.reference()),
                            salutations.greet(to.email(), language, translations.get(language, "mail.paid.text", what,
                                    Formats.money(paid.amount(), language), Formats.date(paid.paidOn(), language), iban,
                                    to.reference(), to.title(), baseUrl + "/applications/" + paid.applicationId())),
                            List.of()));
                });
    }
}
