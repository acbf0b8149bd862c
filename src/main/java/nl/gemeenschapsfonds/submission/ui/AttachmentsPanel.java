package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import nl.gemeenschapsfonds.base.ui.Uploads;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.submission.AttachmentDownloadController;
import nl.gemeenschapsfonds.submission.AttachmentKind;
import nl.gemeenschapsfonds.submission.AttachmentListItem;
import nl.gemeenschapsfonds.submission.AttachmentService;
import nl.gemeenschapsfonds.submission.AttachmentType;
import nl.gemeenschapsfonds.submission.AttachmentsOverview;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;

import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Step 6 of the application wizard: the applicant adds the budget, the statutes, the KvK extract,
 * quotes and plans, sees which required ones are still missing, downloads and removes files. The
 * upload's accepted types and size are hints for the browser only: the service counts the bytes
 * and checks the type from the content, and its refusal is shown here and on the file.
 */
class AttachmentsPanel extends Composite<VerticalLayout> {

    private final AttachmentService attachments;
    private final long applicationId;
    private final long maxBytes;
    private final Select<AttachmentKind> kind = new Select<>();
    private final Upload upload = new Upload();
    private final HorizontalLayout uploadRow = new HorizontalLayout();
    private final Paragraph error = new Paragraph();
    private final Paragraph readOnly = new Paragraph();
    private final HorizontalLayout required = new HorizontalLayout();
    private final Grid<AttachmentListItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private Grid.Column<AttachmentListItem> deleteColumn;

    // read by the upload handler, which runs on the request's thread without the session lock
    private volatile AttachmentKind chosenKind;
    private volatile Locale locale = Locale.of("nl", "NL");

    AttachmentsPanel(AttachmentService attachments, long applicationId) {
        this.attachments = attachments;
        this.applicationId = applicationId;
        this.maxBytes = attachments.maxBytes();
        AttachmentsOverview overview = attachments.overview(applicationId);

        VerticalLayout root = getContent();
        root.setId("attachments-panel");
        root.setPadding(false);

        Paragraph intro = new Paragraph(getTranslation("attachments.intro", AttachmentType.NAMES, sizeLabel()));
        intro.setId("attachments-intro");

        required.setId("attachments-required");
        required.setWrap(true);

        kind.setId("attachments-kind");
        kind.setLabel(getTranslation("attachments.kind"));
        kind.setPlaceholder(getTranslation("attachments.kindPlaceholder"));
        kind.setItems(AttachmentKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("attachment.kind." + value));
        kind.addValueChangeListener(event -> {
            chosenKind = event.getValue();
            upload.setEnabled(event.getValue() != null);
        });

        upload.setId("attachments-upload");
        upload.setUploadHandler(new ServiceUploadHandler());
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes(acceptedFileTypes());
        upload.setMaxFileSize((int) maxBytes);
        upload.setDropAllowed(true);
        upload.setEnabled(false);
        upload.setI18n(i18n());
        // a file the browser refuses itself (its type, or over the limit) never reaches the server, and Vaadin's upload
        // shows nothing of it: without this the applicant chose a file and nothing happened (walk24)
        upload.addFileRejectedListener(rejected -> showError(
                getTranslation("upload.rejected", rejected.getFileName(), rejected.getErrorMessage())));
        uploadRow.add(kind, upload);
        uploadRow.setAlignItems(HorizontalLayout.Alignment.START);
        uploadRow.setWrap(true);
        uploadRow.addClassName("attachments-upload-row");

        error.setId("attachments-error");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        readOnly.setId("attachments-read-only");
        readOnly.setText(getTranslation("attachments.readOnly"));

        empty.setId("attachments-empty");
        empty.setText(getTranslation("attachments.empty"));
        configureGrid();

        root.add(intro, required, uploadRow, error, readOnly, grid, empty);
        show(overview);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        locale = attachEvent.getUI().getLocale();
    }

    private void configureGrid() {
        grid.setId("attachments-grid");
        grid.setAriaLabel(getTranslation("a11y.grid.attachments"));
        grid.setAllRowsVisible(true);
        grid.addColumn(item -> getTranslation("attachment.kind." + item.kind()))
                .setHeader(getTranslation("attachments.column.kind")).setKey("kind").setAutoWidth(true);
        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("attachments.column.name")).setKey("name")
                .setFlexGrow(3);
        grid.addColumn(item -> AttachmentType.labelOf(item.contentType()))
                .setHeader(getTranslation("attachments.column.type")).setKey("type").setAutoWidth(true);
        grid.addColumn(item -> size(item.sizeBytes(), getLocale()))
                .setHeader(getTranslation("attachments.column.size")).setKey("size").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(item -> Formats.dateTime(item.uploadedAt(), getLocale()))
                .setHeader(getTranslation("attachments.column.uploadedAt")).setKey("uploadedAt").setAutoWidth(true);
        deleteColumn = grid.addComponentColumn(this::deleteButton).setKey("delete").setAutoWidth(true).setFlexGrow(0);
    }

    private Anchor downloadLink(AttachmentListItem item) {
        Anchor link = new Anchor(AttachmentDownloadController.path(applicationId, item.id()), item.fileName());
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Button deleteButton(AttachmentListItem item) {
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> delete(item));
        delete.setAriaLabel(getTranslation("attachments.deleteLabel", item.fileName()));
        delete.setTooltipText(getTranslation("attachments.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.addClassName("attachments-delete");
        return delete;
    }

    private void delete(AttachmentListItem item) {
        try {
            attachments.delete(applicationId, item.id());
            showError(null);
            Notification.show(getTranslation("attachments.deleted", item.fileName()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalTransitionException notEditable) {
            showError(getTranslation("attachment.notEditable"));
        }
        refresh();
    }

    private void refresh() {
        show(attachments.overview(applicationId));
    }

    private void show(AttachmentsOverview overview) {
        grid.setItems(overview.attachments());
        grid.setVisible(!overview.attachments().isEmpty());
        empty.setVisible(overview.attachments().isEmpty());
        deleteColumn.setVisible(overview.editable());
        uploadRow.setVisible(overview.editable());
        readOnly.setVisible(!overview.editable());
        required.removeAll();
        for (AttachmentKind requiredKind : AttachmentKind.REQUIRED) {
            boolean present = !overview.missingRequired().contains(requiredKind);
            String label = getTranslation("attachment.kind." + requiredKind);
            Icon icon = (present ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
            icon.addClassName(present ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
            icon.getElement().setAttribute("aria-hidden", "true");
            Span text = new Span(getTranslation(present ? "attachments.present" : "attachments.missing", label));
            Span indicator = new Span(icon, text);
            indicator.setId("attachments-required-" + requiredKind);
            indicator.getElement().setAttribute("data-present", String.valueOf(present));
            indicator.addClassNames(LumoUtility.Display.INLINE_FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL);
            required.add(indicator);
        }
    }

    private void uploaded(AttachmentListItem added) {
        showError(null);
        upload.clearFileList();
        refresh();
        Notification.show(getTranslation("attachments.uploaded", added.fileName()), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    /** Streams each uploaded file straight into the service; nothing is buffered here. */
    private final class ServiceUploadHandler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String refusal;
            try (InputStream content = event.getInputStream()) {
                AttachmentListItem added = attachments.upload(applicationId, chosenKind, event.getFileName(), content);
                ui.access(() -> uploaded(added));
                return;
            } catch (InvalidInputException invalid) {
                refusal = invalid.problems().stream()
                        .map(problem -> getTranslation(locale, problem.messageKey(), problem.args()))
                        .collect(Collectors.joining(" "));
            } catch (IllegalTransitionException notEditable) {
                refusal = getTranslation(locale, "attachment.notEditable");
            }
            event.reject(refusal);
            String message = refusal;
            ui.access(() -> {
                showError(message);
                refresh();
            });
        }

        /** Only for multipart requests, which our Upload does not send; a defence should a client send one. */
        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }
    }

    private static String[] acceptedFileTypes() {
        List<String> accepted = new ArrayList<>();
        for (AttachmentType type : AttachmentType.values()) {
            accepted.add(type.mediaType());
            type.extensions().forEach(extension -> accepted.add("." + extension));
        }
        return accepted.toArray(String[]::new);
    }

    private String sizeLabel() {
        return size(maxBytes, getLocale());
    }

    /** A file size as people read it: 512 B, 84 kB, 1,2 MB (Dutch) or 1.2 MB (English). */
    static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " kB";
        }
        NumberFormat format = NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.of("nl", "NL"));
        format.setMaximumFractionDigits(1);
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private UploadI18N i18n() {
        return Uploads.i18n(this, sizeLabel(), AttachmentType.NAMES);
    }
}
