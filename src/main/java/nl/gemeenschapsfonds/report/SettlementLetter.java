package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.submission.CostCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static nl.gemeenschapsfonds.base.pdf.Html.escape;

/**
 * The settlement letter (beschikking tot vaststelling) as a PDF, in Dutch or English: the granted and the settled
 * amount, the reductions per cost line with their reason, what was paid, the final payment or the repayment claim,
 * the motivation, whether the authority settled on its own motion (Awb 4:44 lid 3–4), and the objection clause.
 * Everything a user typed is escaped.
 */
final class SettlementLetter {

    record Line(CostCategory category, int year, String description, BigDecimal budget, BigDecimal reduction,
                ReductionReason reason, String note) {
    }

    record Data(String authorityName, String reference, String title, String organisationName, LocalDate date,
                SettlementKind kind, BigDecimal granted, BigDecimal settled, List<Line> reductions, BigDecimal paid,
                BigDecimal finalPayment, SettlementItem.RepaymentClaim claim, String motivation,
                LocalDate objectionDeadline, String callTitle) {
    }

    private SettlementLetter() {
    }

    static byte[] render(Data data, Locale language, Translations t) {
        StringBuilder html = new StringBuilder("""
                <html><head><meta charset="UTF-8"/><style>
                body { font-size: 10.5pt; line-height: 1.35; }
                h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14pt; }
                td { padding: 2pt 10pt 2pt 0; vertical-align: top; } td.amount { text-align: right; }
                .objection { border: 1pt solid #888; padding: 6pt; margin-top: 14pt; }
                </style></head><body>""");
        p(html, data.authorityName());
        p(html, t.get(language, "letter.to", data.organisationName()));
        html.append("<table>");
        row(html, t.get(language, "letter.date"), Formats.date(data.date(), language));
        row(html, t.get(language, "letter.reference"), data.reference());
        row(html, t.get(language, "letter.subject"), t.get(language, "settlementLetter.subject", data.title()));
        html.append("</table>");
        html.append("<h1>").append(escape(t.get(language, "settlementLetter.title"))).append("</h1>");
        if (data.kind() == SettlementKind.OWN_MOTION) {
            p(html, t.get(language, "settlementLetter.ownMotion"));
        }
        p(html, t.get(language, "settlementLetter.intro", data.callTitle(), Formats.money(data.granted(), language)));
        p(html, t.get(language, "settlementLetter.settled", Formats.money(data.settled(), language)));
        if (!data.reductions().isEmpty()) {
            html.append("<h2>").append(escape(t.get(language, "settlementLetter.reductions"))).append("</h2><table>");
            for (Line line : data.reductions()) {
                html.append("<tr><td>").append(escape(t.get(language, "costLines.kind." + line.category()) + " " + line.year()
                                + (line.description() == null ? "" : " – " + line.description())))
                        .append("</td><td class=\"amount\">").append(escape("− " + Formats.money(line.reduction(), language)))
                        .append("</td><td>").append(escape(t.get(language, "reduction." + line.reason())
                                + (line.note() == null ? "" : ": " + line.note())))
                        .append("</td></tr>");
            }
            html.append("</table>");
        }
        p(html, t.get(language, "settlementLetter.paid", Formats.money(data.paid(), language)));
        if (data.finalPayment() != null) {
            p(html, t.get(language, "settlementLetter.finalPayment", Formats.money(data.finalPayment(), language)));
        } else if (data.claim() != null) {
            p(html, t.get(language, "settlementLetter.repayment", Formats.money(data.claim().amount(), language),
                    Formats.date(data.claim().dueOn(), language)));
        } else {
            p(html, t.get(language, "settlementLetter.nothingDue"));
        }
        if (data.motivation() != null && !data.motivation().isBlank()) {
            html.append("<h2>").append(escape(t.get(language, "letter.motivation"))).append("</h2>");
            for (String paragraph : data.motivation().split("\\R")) {
                p(html, paragraph);
            }
        }
        html.append("<div class=\"objection\">");
        p(html, t.get(language, "letter.objection", Formats.date(data.objectionDeadline(), language), data.authorityName()));
        html.append("</div>");
        p(html, t.get(language, "letter.closing", data.authorityName()));
        html.append("</body></html>");
        return HtmlPdf.render(html.toString());
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><td>").append(escape(label)).append("</td><td>").append(escape(value)).append("</td></tr>");
    }

    private static void p(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>");
    }
}
