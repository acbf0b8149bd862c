package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.security.Salutations;
import nl.gemeenschapsfonds.submission.CostLine;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The settlement letter (with the objection clause) and its mail, when a settlement is decided: in the settling
 * transaction, so the letter is stored with the settlement and the mail leaves only when it commits (the mailer's
 * rule).
 */
@Component
class SettlementLetters {

    private final SettlementRecords records;
    private final GrantFacts grants;
    private final Mailer mailer;
    private final Translations translations;
    private final Salutations salutations;
    private final SettlementLetter letters;
    private final ReportService reports;

    SettlementLetters(SettlementRecords records, GrantFacts grants, Mailer mailer, Translations translations, Salutations salutations,
                      SettlementLetter letters, ReportService reports) {
        this.letters = letters;
        this.reports = reports;
        this.records = records;
        this.grants = grants;
        this.mailer = mailer;
        this.translations = translations;
        this.salutations = salutations;
    }

    @EventListener
    void onSettlementDecided(SettlementDecided decided) {
        SettlementItem settlement = records.ofApplication(decided.applicationId()).orElseThrow();
        GrantApplication application = grants.application(decided.applicationId());
        CallTerms call = grants.call(application.getCallId());
        Locale language = Locale.of(application.getApplicantLocale() == null ? "nl" : application.getApplicantLocale());
        byte[] letter = letters.render(new SettlementLetter.Data(call.authorityName(), application.getReference(),
                application.getTitle(), settlement.organisation(), decided.settledOn(), settlement.kind(), settlement.granted(),
                settlement.settled(), lines(application, settlement.reductions()), decided.paidBefore(),
                decided.cancelledAdvances(), decided.finalPayment(), decided.claim(), settlement.motivation(),
                decided.objectionDeadline(), call.objectionWeeks(), call.title(language),
                reports.finalReport(application.getId()).map(r -> r.submittedAt() != null).orElse(false)), language);
        records.storeLetter(settlement.id(), letter);
        if (application.getSubmittedBy() != null) {
            mailer.send(new Mail(application.getSubmittedBy(),
                    translations.get(language, "settlement.mail.subject", application.getReference()),
                    salutations.greet(application.getSubmittedBy(), language, translations.get(language, "settlement.mail.text",
                            application.getReference(), application.getTitle(),
                            Formats.money(settlement.settled(), language), Formats.date(decided.objectionDeadline(), language))),
                    List.of(new Mail.Attachment(SettlementService.letterFileName(application.getReference(), language),
                            "application/pdf", letter))));
        }
    }

    private static List<SettlementLetter.Line> lines(GrantApplication application, List<SettlementForm.Reduction> reductions) {
        return reductions.stream().map(r -> {
            CostLine line = application.getCostLines().get(r.position());
            return new SettlementLetter.Line(line.category(), line.year(), line.description(), line.amount(), r.amount(),
                    r.reason(), r.note());
        }).toList();
    }
}
