package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.organisation.FunderFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Tells the other party of a pledge's step: the applicant when the funder pledges, confirms, withdraws or confirms
 * the receipt; the funder's users when the applicant records the receipt; both when a reviewer verifies. The mails
 * are kept in the outbox in the step's transaction and leave when it commits ({@link Mailer#send}).
 */
@Component
class PledgeMails {

    private final Mailer mailer;
    private final Translations translations;
    private final ApplicationScope applications;
    private final Organisations organisations;

    PledgeMails(Mailer mailer, Translations translations, ApplicationScope applications, Organisations organisations) {
        this.mailer = mailer;
        this.translations = translations;
        this.applications = applications;
        this.organisations = organisations;
    }

    @EventListener
    void on(PledgeStepTaken step) {
        GrantApplication application = applications.byId(step.applicationId());
        String funderName = organisations.funder(step.funderId()).map(FunderFacts::name).orElseThrow();
        switch (step.step()) {
            case MADE -> mailApplicant(application, "pledge.mail.pledged", step, funderName);
            case CONFIRMED -> mailApplicant(application, "pledge.mail.confirmed", step, funderName);
            case WITHDRAWN -> mailApplicant(application, "pledge.mail.withdrawn", step, funderName);
            case RECEIPT_CONFIRMED -> mailApplicant(application, "pledge.mail.receiptConfirmed", step, funderName);
            case RECEIVED -> mailFunder(application, "pledge.mail.received", step, funderName);
            case VERIFIED -> {
                mailFunder(application, "pledge.mail.verified", step, funderName);
                mailApplicant(application, "pledge.mail.verified", step, funderName);
            }
        }
    }

    private void mailApplicant(GrantApplication application, String key, PledgeStepTaken step, String funderName) {
        if (application.getSubmittedBy() == null) {
            return;
        }
        send(application.getSubmittedBy(), Locale.of(application.getApplicantLocale()), key, application, step, funderName);
    }

    private void mailFunder(GrantApplication application, String key, PledgeStepTaken step, String funderName) {
        organisations.funderContacts(step.funderId())
                .forEach(user -> send(user.email(), user.language(), key, application, step, funderName));
    }

    private void send(String to, Locale language, String key, GrantApplication application, PledgeStepTaken step,
                      String funderName) {
        mailer.send(new Mail(to, translations.get(language, key + ".subject", application.getReference()),
                translations.get(language, key + ".text", application.getReference(), funderName,
                        Formats.money(step.amount(), language), String.valueOf(step.year()))).ofKind(key + ".subject"));
    }
}
