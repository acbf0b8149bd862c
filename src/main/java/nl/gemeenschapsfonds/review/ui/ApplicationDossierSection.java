package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.review.ReviewCase;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.AttachmentDownloadController;
import nl.gemeenschapsfonds.submission.AttachmentListItem;
import nl.gemeenschapsfonds.submission.AttachmentService;
import nl.gemeenschapsfonds.submission.CostLine;
import nl.gemeenschapsfonds.submission.FinancingLine;
import nl.gemeenschapsfonds.submission.FundingSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * What the applicant sent, as staff need it for intake and assessment (issue 13): the project's start and end,
 * every cost line and financing line, every attachment (kind, name, size, upload time) to download, and the funders'
 * letters of commitment. Application files download through {@link AttachmentDownloadController}, the same door with
 * the same protections as the applicant's (scope checked by the service, always a download, nosniff, sandbox); the
 * pledge letters through the pledge service, which checks the authority. The reports' files are on the aftercare page.
 */
class ApplicationDossierSection extends VerticalLayout {

    ApplicationDossierSection(ReviewCase reviewCase, AttachmentService attachments, PledgeService pledges) {
        setPadding(false);
        setId("review-dossier");
        Locale locale = getLocale();
        ApplicationDraft content = reviewCase.content();

        add(new H2(getTranslation("review.dossier.planTitle")));
        Paragraph period = new Paragraph(getTranslation("review.dossier.period",
                content.startDate() == null ? "–" : Formats.date(content.startDate(), locale),
                content.endDate() == null ? "–" : Formats.date(content.endDate(), locale)));
        period.setId("review-period");
        add(period);

        add(new H3(getTranslation("review.dossier.costLines")));
        NativeTable costs = table("review-cost-lines", getTranslation("costLines.kind"), getTranslation("plan.year"),
                getTranslation("plan.description"), getTranslation("plan.amount"));
        for (CostLine line : content.costLines()) {
            row(costs, line.category() == null ? "" : getTranslation("costLines.kind." + line.category()),
                    String.valueOf(line.year()), orEmpty(line.description()), Formats.money(line.amount(), locale));
        }
        row(costs, getTranslation("plan.totalCosts"), "", "", Formats.money(content.plan().totalCosts(), locale));
        add(costs);

        add(new H3(getTranslation("review.dossier.financingLines")));
        NativeTable financing = table("review-financing-lines", getTranslation("financingLines.kind"),
                getTranslation("plan.year"), getTranslation("plan.description"), getTranslation("plan.amount"));
        for (FinancingLine line : content.financingLines()) {
            String description = orEmpty(line.description());
            if (line.source() == FundingSource.IN_KIND && line.hours() != null && line.hourlyRate() != null) {
                description = (description.isEmpty() ? "" : description + " · ") + getTranslation("review.dossier.hours",
                        number(line.hours(), locale), Formats.money(line.hourlyRate(), locale));
            }
            row(financing, line.source() == null ? "" : getTranslation("financingLines.kind." + line.source()),
                    String.valueOf(line.year()), description, Formats.money(line.amount(), locale));
        }
        add(financing);

        add(new H2(getTranslation("review.dossier.attachmentsTitle")));
        List<AttachmentListItem> files = attachments.listForStaff(reviewCase.id());
        if (files.isEmpty()) {
            add(new Paragraph(getTranslation("review.dossier.noAttachments")));
        } else {
            NativeTable table = table("review-attachments", getTranslation("attachments.column.kind"),
                    getTranslation("attachments.column.name"), getTranslation("attachments.column.size"),
                    getTranslation("attachments.column.uploadedAt"));
            for (AttachmentListItem file : files) {
                Anchor link = new Anchor(AttachmentDownloadController.path(reviewCase.id(), file.id()), file.fileName());
                link.setId("review-attachment-" + file.id());
                // a plain HTTP download, not a route of the application
                link.setRouterIgnore(true);
                link.getElement().setAttribute("download", true);
                NativeTableRow row = table.getBody().addRow();
                row.addDataCell().setText(getTranslation("attachment.kind." + file.kind()));
                row.addDataCell().add(link);
                row.addDataCell().setText(size(file.sizeBytes(), locale));
                row.addDataCell().setText(Formats.dateTime(file.uploadedAt(), locale));
            }
            add(table);
        }

        List<PledgeItem> letters = pledges.pledgesForStaff(reviewCase.id()).stream().filter(PledgeItem::hasLetter).toList();
        if (!letters.isEmpty()) {
            add(new H3(getTranslation("review.dossier.pledgeLetters")));
            Div list = new Div();
            list.setId("review-pledge-letters");
            for (PledgeItem pledge : letters) {
                String fileName = "toezegging-" + pledge.reference() + "-" + pledge.id() + ".pdf";
                Anchor letter = new Anchor(DownloadHandler.fromInputStream(download -> {
                    byte[] pdf = pledges.letter(pledge.id());
                    return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
                }), getTranslation("review.dossier.pledgeLetter", pledge.funderName(), Formats.money(pledge.amount(), locale),
                        String.valueOf(pledge.year())));
                letter.setId("review-pledge-letter-" + pledge.id());
                list.add(new Div(letter));
            }
            add(list);
        }

        if (reviewCase.status() == ApplicationStatus.IN_EXECUTION || reviewCase.status() == ApplicationStatus.SETTLED
                || reviewCase.status() == ApplicationStatus.GRANTED) {
            // the reports live in the aftercare module, which depends on review: a link, not an import
            Anchor reports = new Anchor("aftercare/" + reviewCase.id(), getTranslation("review.dossier.reports"));
            reports.setId("review-reports-link");
            add(new Paragraph(reports));
        }
    }

    private static NativeTable table(String id, String... headers) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("dossier-table");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            head.addHeaderCell().setText(header);
        }
        return table;
    }

    private static void row(NativeTable table, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        for (int i = 0; i < cells.length; i++) {
            var cell = row.addDataCell();
            cell.setText(cells[i]);
            if (i == cells.length - 1) {
                cell.addClassName("amount");
            }
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.of("nl", "NL"));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A file size as people read it: 512 B, 84 kB, 1,2 MB. */
    static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " kB";
        }
        return number(BigDecimal.valueOf(bytes / (1024.0 * 1024.0)).setScale(1, java.math.RoundingMode.HALF_UP), locale) + " MB";
    }
}
