package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.gemeenschapsfonds.base.pdf.Html.escape;

/** The receipt (ontvangstbevestiging) of a submission: a PDF, and a mail that carries it. */
@Component
class ReceiptSender {

    private final Mailer mailer;
    private final nl.gemeenschapsfonds.security.Salutations salutations;
    private final Translations translations;

    ReceiptSender(Mailer mailer, Translations translations, nl.gemeenschapsfonds.security.Salutations salutations) {
        this.salutations = salutations;
        this.mailer = mailer;
        this.translations = translations;
    }

    void send(Receipt receipt, String to, Locale language) {
        String subject = translations.get(language, "receipt.mail.subject", receipt.reference());
        String text = translations.get(language, "receipt.mail.text", receipt.title(), receipt.reference(),
                Formats.dateTime(receipt.receivedAt(), language), Formats.date(receipt.decisionDue(), language),
                receipt.authorityName());
        mailer.send(new Mail(to, subject, salutations.greet(to, language, text), List.of(new Mail.Attachment(
                fileName(receipt, language), "application/pdf", pdf(receipt, language)))));
    }

    static String fileName(Receipt receipt, Locale language) {
        return ("en".equals(language.getLanguage()) ? "receipt-" : "ontvangstbevestiging-") + receipt.reference() + ".pdf";
    }

    byte[] pdf(Receipt receipt, Locale language) {
        StringBuilder perYear = new StringBuilder();
        for (Map.Entry<Integer, java.math.BigDecimal> year : receipt.grantPerYear().entrySet()) {
            perYear.append("<tr><td>").append(year.getKey()).append("</td><td class=\"amount\">")
                    .append(escape(Formats.money(year.getValue(), language))).append("</td></tr>");
        }
        String callTitle = "en".equals(language.getLanguage()) ? receipt.callTitleEn() : receipt.callTitleNl();
        String html = """
                <html><head><meta charset="UTF-8"/><style>
                body { font-family: sans-serif; font-size: 11pt; }
                h1 { font-size: 16pt; }
                td { padding: 2pt 8pt 2pt 0; vertical-align: top; }
                td.amount { text-align: right; }
                </style></head><body>
                <p>%s</p>
                <h1>%s</h1>
                <p>%s</p>
                <table>
                <tr><td>%s</td><td>%s</td></tr>
                <tr><td>%s</td><td>%s</td></tr>
                <tr><td>%s</td><td>%s</td></tr>
                <tr><td>%s</td><td>%s</td></tr>
                <tr><td>%s</td><td>%s</td></tr>
                </table>
                <h2>%s</h2>
                <table>%s</table>
                <p>%s</p>
                </body></html>""".formatted(
                escape(receipt.authorityName()),
                escape(t(language, "receipt.title")),
                escape(t(language, "receipt.intro")),
                escape(t(language, "receipt.reference")), escape(receipt.reference()),
                escape(t(language, "receipt.application")), escape(receipt.title()),
                escape(t(language, "receipt.call")), escape(callTitle),
                escape(t(language, "receipt.receivedAt")), escape(Formats.dateTime(receipt.receivedAt(), language)),
                escape(t(language, "receipt.decisionDue")), escape(Formats.date(receipt.decisionDue(), language)),
                escape(t(language, "receipt.grantPerYear")), perYear,
                escape(t(language, "receipt.closing")));
        return HtmlPdf.render(html);
    }

    private String t(Locale language, String key) {
        return translations.get(language, key);
    }
}
