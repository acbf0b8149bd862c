package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static nl.gemeenschapsfonds.base.pdf.Html.escape;

/**
 * The application as submitted, as one PDF with the receipt on top: what the applicant keeps for their
 * records. It renders what the caller read through the applicant's own (secured) services.
 */
@Component
public class SubmittedApplicationPdf {

    private final Translations translations;

    SubmittedApplicationPdf(Translations translations) {
        this.translations = translations;
    }

    public byte[] render(ApplicationDetail detail, ApplicationDraft d, String municipality, List<AttachmentListItem> attachments,
                         Locale language) {
        StringBuilder html = new StringBuilder("""
                <html><head><meta charset="UTF-8"/><style>
                body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.35; }
                h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14pt; }
                td { padding: 2pt 8pt 2pt 0; vertical-align: top; } td.amount { text-align: right; }
                </style></head><body>""");
        p(html, detail.authorityName());
        html.append("<h1>").append(escape(t(language, "receipt.title"))).append("</h1>");
        p(html, t(language, "receipt.intro"));
        html.append("<table>");
        row(html, t(language, "receipt.reference"), detail.reference());
        row(html, t(language, "receipt.application"), detail.title());
        row(html, t(language, "receipt.call"), detail.callTitle(language));
        row(html, t(language, "receipt.receivedAt"), Formats.dateTime(detail.submittedAt(), language));
        row(html, t(language, "receipt.decisionDue"), Formats.date(detail.decisionDue(), language));
        html.append("</table>");
        p(html, t(language, "submitted.intro", Formats.dateTime(detail.submittedAt(), language)));

        heading(html, language, 1);
        html.append("<table>");
        row(html, t(language, "wizard.call"), detail.callTitle(language));
        html.append("</table>");
        heading(html, language, 2);
        html.append("<table>");
        row(html, t(language, "wizard.facilityType"), d.facilityType() == null ? null : t(language, "facility." + d.facilityType()));
        row(html, t(language, "wizard.facilityName"), d.facilityName());
        row(html, t(language, "wizard.facilityStreet"), d.facilityStreet());
        row(html, t(language, "wizard.facilityPostcode"), d.facilityPostcode());
        row(html, t(language, "wizard.facilityCity"), d.facilityCity());
        row(html, t(language, "wizard.facilityMunicipality"), municipality);
        row(html, t(language, "wizard.kindOfWork"), d.kindOfWork() == null ? null : t(language, "kindOfWork." + d.kindOfWork()));
        html.append("</table>");
        heading(html, language, 3);
        html.append("<table>");
        row(html, t(language, "wizard.title"), d.title());
        row(html, t(language, "wizard.description"), d.description());
        row(html, t(language, "wizard.targetGroups"), d.targetGroups());
        row(html, t(language, "wizard.expectedVisitors"), d.expectedVisitorsPerWeek() == null ? null : String.valueOf(d.expectedVisitorsPerWeek()));
        row(html, t(language, "wizard.activities"), d.activities());
        row(html, t(language, "wizard.partners"), d.partners());
        row(html, t(language, "wizard.intervention"), d.intervention());
        row(html, t(language, "wizard.startDate"), Formats.date(d.startDate(), language));
        row(html, t(language, "wizard.endDate"), Formats.date(d.endDate(), language));
        html.append("</table>");
        heading(html, language, 4);
        html.append("<table>");
        for (CostLine line : d.costLines()) {
            amountRow(html, (line.category() == null ? "–" : t(language, "costLines.kind." + line.category().name())) + ", "
                    + line.year() + description(line.description()), line.amount(), language);
        }
        html.append("</table>");
        p(html, t(language, "summary.totalCosts", Formats.money(d.costLines().stream().map(CostLine::amount)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add), language)));
        heading(html, language, 5);
        html.append("<table>");
        for (FinancingLine line : d.financingLines()) {
            String label = (line.source() == null ? "–" : t(language, "financingLines.kind." + line.source().name())) + ", "
                    + line.year() + description(line.description());
            if (line.source() == FundingSource.IN_KIND && line.hours() != null && line.hourlyRate() != null) {
                label += " (" + t(language, "summary.inKind", line.hours().stripTrailingZeros().toPlainString(),
                        Formats.money(line.hourlyRate(), language), Formats.money(line.amount(), language)) + ")";
            }
            amountRow(html, label, line.amount(), language);
        }
        html.append("</table>");
        p(html, t(language, "summary.totalFinancing", Formats.money(d.financingLines().stream().map(FinancingLine::amount)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add), language)));
        heading(html, language, 6);
        html.append("<table>");
        for (AttachmentListItem attachment : attachments) {
            row(html, t(language, "attachment.kind." + attachment.kind()), attachment.fileName());
        }
        html.append("</table>");
        p(html, t(language, "receipt.closing"));
        html.append("</body></html>");
        return HtmlPdf.render(html.toString());
    }

    public static String fileName(String reference, Locale language) {
        return ("en".equals(language.getLanguage()) ? "application-" : "aanvraag-") + reference + ".pdf";
    }

    private void heading(StringBuilder html, Locale language, int step) {
        html.append("<h2>").append(step).append(". ").append(escape(t(language, "wizard.step" + step))).append("</h2>");
    }

    private static String description(String text) {
        return text == null || text.isBlank() ? "" : " – " + text.strip();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><td>").append(escape(label)).append("</td><td>")
                .append(escape(value == null || value.isBlank() ? "–" : value)).append("</td></tr>");
    }

    private static void amountRow(StringBuilder html, String label, BigDecimal amount, Locale language) {
        html.append("<tr><td>").append(escape(label)).append("</td><td class=\"amount\">")
                .append(escape(amount == null ? "–" : Formats.money(amount, language))).append("</td></tr>");
    }

    private static void p(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>");
    }

    private String t(Locale language, String key, Object... args) {
        return translations.get(language, key, args);
    }
}
