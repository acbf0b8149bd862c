package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.base.templates.Templates;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The receipt (ontvangstbevestiging) of a submission: a PDF, and a mail that carries it. */
@Component
class ReceiptSender {

    private final Mailer mailer;
    private final nl.gemeenschapsfonds.security.Salutations salutations;
    private final Translations translations;
    private final Templates templates;

    private final ApplicationAnswers answers;

    ReceiptSender(Mailer mailer, Translations translations, nl.gemeenschapsfonds.security.Salutations salutations,
                  Templates templates, ApplicationAnswers answers) {
        this.answers = answers;
        this.salutations = salutations;
        this.templates = templates;
        this.mailer = mailer;
        this.translations = translations;
    }

    void send(Receipt receipt, String to, Locale language) {
        String subject = translations.get(language, "receipt.mail.subject", receipt.reference());
        // the body from the template mail/receipt_<nl|en>.txt, which an authority may override
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", receipt.title());
        variables.put("reference", receipt.reference());
        variables.put("receivedAt", Formats.dateTime(receipt.receivedAt(), language));
        variables.put("decisionDue", Formats.date(receipt.decisionDue(), language));
        variables.put("authorityName", receipt.authorityName());
        String text = templates.renderText("mail/receipt", Locale.of("en".equals(language.getLanguage()) ? "en" : "nl"),
                variables);
        mailer.send(new Mail(to, subject, salutations.greet(to, language, text), List.of(new Mail.Attachment(
                fileName(receipt, language), "application/pdf", pdf(receipt, language)))));
    }

    static String fileName(Receipt receipt, Locale language) {
        return ("en".equals(language.getLanguage()) ? "receipt-" : "ontvangstbevestiging-") + receipt.reference() + ".pdf";
    }

    /** The receipt as a PDF, from the template {@code letters/receipt} (an authority may override it). */
    byte[] pdf(Receipt receipt, Locale language) {
        List<Map<String, Object>> perYear = new ArrayList<>();
        receipt.grantPerYear().forEach((year, amount) ->
                perYear.add(Map.of("year", String.valueOf(year), "amount", Formats.money(amount, language))));
        Map<String, String> labels = new HashMap<>();
        for (String label : List.of("title", "intro", "reference", "application", "call", "receivedAt", "decisionDue",
                "grantPerYear", "closing")) {
            labels.put(label, t(language, "receipt." + label));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("authorityName", receipt.authorityName());
        variables.put("reference", receipt.reference());
        variables.put("title", receipt.title());
        variables.put("callTitle", "en".equals(language.getLanguage()) ? receipt.callTitleEn() : receipt.callTitleNl());
        variables.put("receivedAt", Formats.dateTime(receipt.receivedAt(), language));
        variables.put("decisionDue", Formats.date(receipt.decisionDue(), language));
        variables.put("perYear", perYear);
        labels.put("answers", t(language, "questions.wizard.heading"));
        variables.put("labels", labels);
        variables.put("answers", answers.staffless(receipt.applicationId()).map(sheet -> sheet.shownAnswers(language,
                new AnswerSheet.Words(t(language, "questions.unanswered"), t(language, "questions.answer.yes"),
                        t(language, "questions.answer.no")))).orElse(List.of()));
        return HtmlPdf.render(templates.render("letters/receipt", language, variables));
    }

    private String t(Locale language, String key) {
        return translations.get(language, key);
    }
}
