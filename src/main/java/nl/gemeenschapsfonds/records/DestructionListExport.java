package nl.gemeenschapsfonds.records;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.export.Spreadsheets;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.Html;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A destruction list for the archive's records, as CSV (Commons CSV through base.export) and as PDF (base.pdf): the
 * list's number, status, who proposed, confirmed and approved it and when, and per application the reference, outcome,
 * closing date and destruction date. No personal data.
 */
public final class DestructionListExport {

    private final Translations translations;
    private final Locale locale;
    private final boolean dutch;

    public DestructionListExport(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = Translations.supported(locale);
        this.dutch = this.locale.equals(Translations.DUTCH);
    }

    public static String fileName(DestructionList list, String extension) {
        return "vernietigingslijst-" + list.id() + "." + extension;
    }

    public List<String> headers() {
        return List.of(t("records.list.column.reference"), t("records.list.column.outcome"),
                t("records.list.column.closedOn"), t("records.list.column.destroyOn"));
    }

    /** The list as a CSV file (UTF-8 with a byte order mark): first who did what, then one line per application. */
    public byte[] csv(DestructionList list) {
        StringBuilder csv = new StringBuilder(Spreadsheets.BOM);
        char separator = Spreadsheets.separator(dutch);
        for (List<String> line : about(list)) {
            Spreadsheets.appendLine(csv, separator, line);
        }
        Spreadsheets.appendLine(csv, separator, List.of());
        Spreadsheets.appendLine(csv, separator, headers());
        for (DestructionList.Item item : list.items()) {
            Spreadsheets.appendLine(csv, separator, List.of(Spreadsheets.text(item.reference()), outcome(item.outcome()),
                    Formats.date(item.closedOn(), locale), Formats.date(item.destroyOn(), locale)));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The list as a PDF document. */
    public byte[] pdf(DestructionList list) {
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                body { font-size: 10pt; } table { border-collapse: collapse; width: 100%; }
                td, th { border: 1px solid #999; padding: 3pt; text-align: left; }
                </style></head><body>""");
        html.append("<h1>").append(Html.escape(t("records.list.pdfTitle", list.id()))).append("</h1><table>");
        for (List<String> line : about(list)) {
            html.append("<tr><th>").append(Html.escape(line.get(0))).append("</th><td>").append(Html.escape(line.get(1)))
                    .append("</td></tr>");
        }
        html.append("</table><p></p><table><tr>");
        headers().forEach(header -> html.append("<th>").append(Html.escape(header)).append("</th>"));
        html.append("</tr>");
        for (DestructionList.Item item : list.items()) {
            html.append("<tr><td>").append(Html.escape(item.reference())).append("</td><td>")
                    .append(Html.escape(outcome(item.outcome()))).append("</td><td>")
                    .append(Html.escape(Formats.date(item.closedOn(), locale))).append("</td><td>")
                    .append(Html.escape(Formats.date(item.destroyOn(), locale))).append("</td></tr>");
        }
        html.append("</table></body></html>");
        return HtmlPdf.render(html.toString());
    }

    private List<List<String>> about(DestructionList list) {
        return List.of(
                List.of(t("records.list.number"), String.valueOf(list.id())),
                List.of(t("records.list.status"), t("records.status." + list.status().name())),
                List.of(t("records.list.proposed"), who(list.proposedBy(), list.proposedAt())),
                List.of(t("records.list.confirmed"), who(list.confirmedBy(), list.confirmedAt())),
                List.of(t("records.list.approved"), who(list.approvedBy(), list.approvedAt())),
                List.of(t("records.list.count"), String.valueOf(list.items().size())));
    }

    private String who(String by, Instant at) {
        return by == null ? "" : by + ", " + Formats.dateTime(at, locale);
    }

    private String outcome(RetentionOutcome outcome) {
        return t("records.outcome." + outcome.name());
    }

    private String t(String key, Object... params) {
        return translations.get(locale, key, params);
    }
}
