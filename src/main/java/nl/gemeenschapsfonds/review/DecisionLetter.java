package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import static nl.gemeenschapsfonds.base.pdf.Html.escape;

/**
 * The decision letter (beschikking) as a PDF, in Dutch or English: authority, reference, date,
 * the decision, amounts per year, conditions and obligations, payment schedule, motivation, and the
 * objection clause with the last day to object. Everything a user typed is escaped.
 */
final class DecisionLetter {

    record Data(String authorityName, String reference, String title, String organisationName, LocalDate date,
                Recommendation kind, SortedMap<Integer, BigDecimal> amounts, BigDecimal requested, String conditions,
                String reportObligations, LocalDate settlementDeadline, List<DecisionForm.Advance> advances,
                RefusalGround refusalGround, String motivation, LocalDate objectionDeadline, String callTitle,
                LocalDate coFinancingDueBy, boolean settledAtOnce, List<String> organisationAddress,
                String authorityAddress, String signatory, List<ReportSchedulePreview.Due> reports) {
    }

    private DecisionLetter() {
    }

    static byte[] render(Data data, Locale language, Translations translations) {
        StringBuilder html = new StringBuilder("""
                <html><head><meta charset="UTF-8"/><style>
                body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.35; }
                h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14pt; }
                td { padding: 2pt 10pt 2pt 0; vertical-align: top; } td.amount { text-align: right; }
                .objection { border: 1pt solid #888; padding: 6pt; margin-top: 14pt; }
                </style></head><body>""");
        p(html, data.authorityName());
        if (data.authorityAddress() != null) {
            lines(html, data.authorityAddress().lines().toList());
        }
        // the applicant's postal address, as on an envelope
        List<String> to = new java.util.ArrayList<>(List.of(t(translations, language, "letter.to", data.organisationName())));
        to.addAll(data.organisationAddress());
        lines(html, to);
        html.append("<table>");
        row(html, t(translations, language, "letter.date"), Formats.date(data.date(), language));
        row(html, t(translations, language, "letter.reference"), data.reference());
        row(html, t(translations, language, "letter.subject"), t(translations, language, "letter.subjectText", data.title()));
        html.append("</table>");
        html.append("<h1>").append(escape(t(translations, language, "letter.title." + data.kind()))).append("</h1>");
        p(html, t(translations, language, "letter.intro", data.callTitle(), Formats.money(data.requested(), language)));
        if (data.kind() == Recommendation.REFUSE) {
            p(html, t(translations, language, "letter.refused", t(translations, language, "refusalGround." + data.refusalGround())));
        } else {
            p(html, t(translations, language, "letter.granted",
                    Formats.money(data.amounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), language)));
            html.append("<h2>").append(escape(t(translations, language, "letter.amountsPerYear"))).append("</h2><table>");
            for (Map.Entry<Integer, BigDecimal> amount : data.amounts().entrySet()) {
                html.append("<tr><td>").append(amount.getKey()).append("</td><td class=\"amount\">")
                        .append(escape(Formats.money(amount.getValue(), language))).append("</td></tr>");
            }
            html.append("</table>");
            if (!data.advances().isEmpty()) {
                html.append("<h2>").append(escape(t(translations, language, "letter.payments"))).append("</h2><table>");
                for (DecisionForm.Advance advance : data.advances()) {
                    html.append("<tr><td>").append(escape(Formats.date(advance.dueOn(), language))).append("</td><td class=\"amount\">")
                            .append(escape(Formats.money(advance.amount(), language))).append("</td></tr>");
                }
                html.append("</table>");
            }
            section(html, t(translations, language, "letter.conditions"), data.conditions());
            if (data.coFinancingDueBy() != null) {
                html.append("<h2>").append(escape(t(translations, language, "letter.coFinancingCondition.title"))).append("</h2>");
                p(html, t(translations, language, "letter.coFinancingCondition",
                        Formats.date(data.coFinancingDueBy(), language)));
            }
            if (data.settledAtOnce()) {
                // a small grant: settled with this decision (Awb 4:47), so no report and no later settlement
                html.append("<h2>").append(escape(t(translations, language, "letter.settledAtOnce.title"))).append("</h2>");
                p(html, t(translations, language, "letter.settledAtOnce", Formats.money(total(data.amounts()), language)));
            } else {
                section(html, t(translations, language, "letter.obligations"), data.reportObligations());
                if (!data.reports().isEmpty()) {
                    // every report the portal will ask for, with the date it asks it by
                    html.append("<h2>").append(escape(t(translations, language, "letter.reports"))).append("</h2><table>");
                    for (ReportSchedulePreview.Due report : data.reports()) {
                        row(html, report.finalReport() ? t(translations, language, "letter.reports.final")
                                        : t(translations, language, "letter.reports.progress", String.valueOf(report.year())),
                                t(translations, language, "letter.reports.due", Formats.date(report.dueOn(), language)));
                    }
                    html.append("</table>");
                }
                if (data.settlementDeadline() != null) {
                    p(html, t(translations, language, "letter.settlement", Formats.date(data.settlementDeadline(), language)));
                }
            }
        }
        section(html, t(translations, language, "letter.motivation"), data.motivation());
        html.append("<div class=\"objection\">");
        String objectionTo = data.authorityAddress() == null ? data.authorityName()
                : data.authorityName() + ", " + String.join(", ", data.authorityAddress().lines().toList());
        p(html, t(translations, language, "letter.objection", Formats.date(data.objectionDeadline(), language), objectionTo));
        html.append("</div>");
        // signed by the decision maker on behalf of the college (mandate), with name and function
        lines(html, List.of(t(translations, language, "letter.signed.onBehalf", data.authorityName()),
                data.signatory(), t(translations, language, "letter.signed.function")));
        html.append("</body></html>");
        return HtmlPdf.render(html.toString());
    }

    private static BigDecimal total(SortedMap<Integer, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void section(StringBuilder html, String heading, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<h2>").append(escape(heading)).append("</h2>");
            for (String paragraph : text.split("\\R")) {
                p(html, paragraph);
            }
        }
    }

    private static void lines(StringBuilder html, List<String> lines) {
        html.append("<p>").append(String.join("<br/>", lines.stream().map(line -> escape(line)).toList())).append("</p>");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><td>").append(escape(label)).append("</td><td>").append(escape(value)).append("</td></tr>");
    }

    private static void p(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>");
    }

    private static String t(Translations translations, Locale language, String key, Object... args) {
        return translations.get(language, key, args);
    }
}
