package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.security.Salutations;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.function.Function;

/** Mails to the applicant who submitted the application, in their language, with their salutation. */
@Component
class ReportMails {

    private final ApplicationScope scope;
    private final Mailer mailer;
    private final Translations translations;
    private final Salutations salutations;

    ReportMails(ApplicationScope scope, Mailer mailer, Translations translations, Salutations salutations) {
        this.scope = scope;
        this.mailer = mailer;
        this.translations = translations;
        this.salutations = salutations;
    }

    /** The texts' arguments per language; nothing is sent when nobody submitted the application. */
    void toApplicant(long applicationId, String subjectKey, String textKey, Function<Locale, Object[]> args) {
        GrantApplication application = scope.byId(applicationId);
        String to = application.getSubmittedBy();
        if (to == null) {
            return;
        }
        Locale language = Locale.of(application.getApplicantLocale() == null ? "nl" : application.getApplicantLocale());
        Object[] values = args.apply(language);
        mailer.send(new Mail(to, translations.get(language, subjectKey, values),
                salutations.greet(to, language, translations.get(language, textKey, values))));
    }

    /** The report's name in the mail: the final report, or the progress report of its year. */
    String label(ObligationItem obligation, Locale language) {
        return obligation.kind() == ReportKind.FINAL ? translations.get(language, "report.kind.FINAL")
                : translations.get(language, "report.kind.PROGRESS.year", String.valueOf(obligation.year()));
    }
}
