package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.Uploads;
import nl.gemeenschapsfonds.report.ReportAttachmentItem;
import nl.gemeenschapsfonds.report.ReportAttachmentKind;
import nl.gemeenschapsfonds.report.ReportDetail;
import nl.gemeenschapsfonds.report.ReportService;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

/**
 * The files of the applicant's report: the list (each to download) and, while the report may change, the upload with
 * the kind of file; a refused file is told and marked refused in the upload.
 */
class ReportFiles extends Div {

    private final ReportService reports;
    private final ReportDetail detail;

    ReportFiles(ReportService reports, ReportDetail detail) {
        this.reports = reports;
        this.detail = detail;
        setId("report-attachments");
        showAttachments(detail.attachments());
    }

    /** The kind and the upload, for a report the applicant may still change. */
    HorizontalLayout uploadRow() {
        Select<ReportAttachmentKind> kind = new Select<>();
        kind.setLabel(getTranslation("report.attachmentKind"));
        kind.setId("report-attachment-kind");
        kind.setItems(ReportAttachmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("report.attachment." + k));
        kind.setValue(detail.accountantStatementRequired() ? ReportAttachmentKind.ACCOUNTANT_STATEMENT : ReportAttachmentKind.INVOICES);
        UI ui = UI.getCurrent();
        // streamed: the service reads at most its limit + 1 byte, never the whole request into memory
        Upload upload = new Upload((UploadHandler) event -> {
            try (InputStream content = event.getInputStream()) {
                reports.upload(detail.obligation().id(), kind.getValue(), event.getFileName(), content);
                ui.access(this::reloadAttachments);
            } catch (InvalidInputException invalid) {
                // the upload answers the refusal too (422), so the browser marks the file refused, as the other uploads do
                event.reject(invalid.problems().stream().map(p -> getTranslation(ui.getLocale(), p.messageKey(), p.args()))
                        .collect(java.util.stream.Collectors.joining(" ")));
                ui.access(() -> invalid.problems().forEach(p -> notify(ProblemMessages.text(this, p), NotificationVariant.LUMO_ERROR)));
            }
        });
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setId("report-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ReportService.MAX_FILE_BYTES); // refused in the browser, not read into memory first
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", "image/png", ".png");
        upload.setI18n(Uploads.i18n(this, ReportService.MAX_FILE_BYTES / (1024 * 1024) + " MB", "PDF, JPG, PNG"));
        // refused by the browser itself (type or size): never sent, and Vaadin's upload shows nothing of it (walk24)
        upload.addFileRejectedListener(rejected -> notify(getTranslation("upload.rejected", rejected.getFileName(),
                rejected.getErrorMessage()), NotificationVariant.LUMO_ERROR));
        HorizontalLayout row = ReportFormView.wrapping(new HorizontalLayout(kind, upload));
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void reloadAttachments() {
        showAttachments(reports.myReport(detail.obligation().id()).attachments());
    }

    void showAttachments(List<ReportAttachmentItem> attachments) {
        removeAll();
        if (attachments.isEmpty()) {
            add(new Paragraph(getTranslation("report.noAttachments")));
        }
        long reportId = detail.obligation().id();
        for (ReportAttachmentItem attachment : attachments) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
                ReportService.AttachmentFile file = reports.myAttachment(reportId, attachment.id());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                        file.content().length);
            }), getTranslation("report.attachment." + attachment.kind()) + ": " + attachment.fileName());
            link.setId("report-attachment-" + attachment.id());
            add(new Div(link));
        }
    }

    private void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
