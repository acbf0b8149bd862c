package nl.gemeenschapsfonds.payment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import nl.gemeenschapsfonds.base.ui.Uploads;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.payment.BankStatements;
import nl.gemeenschapsfonds.payment.BankStatements.StatementFile;
import nl.gemeenschapsfonds.payment.PaymentTransitionException;
import nl.gemeenschapsfonds.payment.StatementFormat;
import nl.gemeenschapsfonds.payment.StatementPreview;
import nl.gemeenschapsfonds.payment.StatementPreview.Outcome;
import nl.gemeenschapsfonds.payment.StatementPreview.Row;
import nl.gemeenschapsfonds.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finance uploads the bank's statement (CSV or camt.053, read from the content or as finance chooses), sees per line what it means for the payments (paid,
 * not matching and why, paid before, unknown, incoming money) and confirms: the matched payments are
 * booked as paid on the bank's booking date. Every rule is in {@link BankStatements}; problems with
 * the file are shown at the upload, one per line of the file.
 */
@Route("payments/statement")
@RolesAllowed(Role.FINANCE_)
class BankStatementView extends VerticalLayout implements HasDynamicTitle {

    /** The layout as docs/bank-statement-import.md describes it, shown to finance as an example. */
    static final String SAMPLE = """
            Datum;Bedrag;Tegenrekening IBAN/BBAN;Naam tegenpartij;End-to-End ID;Omschrijving
            2027-03-04;-10.000,00;NL91ABNA0417164300;Vereniging Dorpshuis De Linde;GF-2027-000001-1;Subsidie GF-2027-000001
            2027-03-04;-2,50;;Bankkosten;;Kosten betalingsverkeer
            2027-03-05;1.250,00;NL20INGB0001234567;Dorpscooperatie Welsum;;Terugbetaling""";

    private final BankStatements statements;
    private final Upload upload = new Upload();
    private final RadioButtonGroup<StatementFormat> format = new RadioButtonGroup<>();
    // read by the upload handler, which runs without the session lock
    private volatile StatementFormat chosenFormat = StatementFormat.AUTO;
    private final Div errors = new Div();
    private final Paragraph summary = new Paragraph();
    private final Grid<Row> grid = new Grid<>();
    private final Button confirm = new Button();
    private final Paragraph result = new Paragraph();
    // the statement of the preview, kept to confirm it; set in ui.access, under the session lock
    private StatementFile file;
    // read by the upload handler, which runs on the request's thread without the session lock
    private final java.util.Locale locale;

    BankStatementView(BankStatements statements) {
        this.statements = statements;
        this.locale = getLocale();
        setId("statement-view");
        Pre sample = new Pre(SAMPLE);
        sample.setId("statement-sample");
        Details example = new Details(getTranslation("statement.sample"), sample);
        add(new H1(getTranslation("statement.title")), new Paragraph(getTranslation("statement.intro")),
                new Paragraph(getTranslation("statement.layout")), example);

        format.setId("statement-format");
        format.setLabel(getTranslation("statement.format"));
        format.setItems(StatementFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("statement.format." + f));
        format.setValue(StatementFormat.AUTO);
        format.addValueChangeListener(change -> chosenFormat = change.getValue() == null ? StatementFormat.AUTO : change.getValue());

        upload.setId("statement-upload");
        upload.setUploadHandler(new StatementUploadHandler());
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".txt", "text/plain", ".xml", "application/xml", "text/xml");
        upload.setMaxFileSize(BankStatements.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        upload.setI18n(i18n());
        errors.setId("statement-errors");
        errors.setVisible(false);
        errors.getStyle().set("color", "var(--lumo-error-text-color)");

        summary.setId("statement-summary");
        summary.setVisible(false);
        grid.setId("statement-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("statement.title"));
        grid.addColumn(row -> row.line().lineNumber()).setKey("line")
                .setHeader(getTranslation("statement.column.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.line().bookingDate(), getLocale())).setKey("date")
                .setHeader(getTranslation("statement.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Formats.money(row.line().amount(), getLocale())).setKey("amount")
                .setHeader(getTranslation("statement.column.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> (row.line().counterpartyIban() == null ? "" : row.line().counterpartyIban() + " ")
                        + row.line().counterpartyName()).setKey("counterparty")
                .setHeader(getTranslation("statement.column.counterparty")).setFlexGrow(2);
        grid.addColumn(row -> row.line().endToEndId() == null ? "" : row.line().endToEndId()).setKey("endToEndId")
                .setHeader(getTranslation("statement.column.endToEndId")).setAutoWidth(true);
        grid.addColumn(this::outcomeText).setKey("outcome")
                .setHeader(getTranslation("statement.column.outcome")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);

        confirm.setText(getTranslation("statement.confirm"));
        confirm.setId("statement-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(click -> confirm());
        result.setId("statement-result");
        result.setVisible(false);
        RouterLink back = PaymentNavigation.paymentsLink(getTranslation("statement.back"));
        back.setId("statement-back");

        add(format, upload, errors, summary, grid, confirm, result, new Paragraph(back));
    }

    private String outcomeText(Row row) {
        String text = getTranslation("statement.outcome." + row.outcome(), row.paymentReference() == null ? "" : row.paymentReference());
        if (row.reasons().isEmpty()) {
            return text;
        }
        return text + ": " + row.reasons().stream().map(this::text).collect(Collectors.joining("; "));
    }

    private String text(Problem problem) {
        return ProblemMessages.text(this, problem);
    }

    private void showPreview(StatementFile uploaded, StatementPreview preview) {
        file = uploaded;
        showErrors(List.of());
        result.setVisible(false);
        show(preview);
        confirm.setEnabled(preview.count(Outcome.MATCHED) > 0);
    }

    private void show(StatementPreview preview) {
        summary.setText(getTranslation("statement.summary", uploadedName(preview), String.valueOf(preview.rows().size()),
                String.valueOf(preview.count(Outcome.MATCHED)), Formats.money(preview.matchedTotal(), getLocale()),
                String.valueOf(preview.count(Outcome.MISMATCHED)), String.valueOf(preview.count(Outcome.ALREADY_PAID)),
                String.valueOf(preview.count(Outcome.UNKNOWN)), String.valueOf(preview.count(Outcome.CREDIT)))
                + (preview.count(Outcome.NOT_MATCHED) == 0 ? ""
                : " " + getTranslation("statement.summary.notMatched", String.valueOf(preview.count(Outcome.NOT_MATCHED)))));
        summary.setVisible(true);
        grid.setItems(preview.rows());
        grid.setVisible(true);
    }

    private static String uploadedName(StatementPreview preview) {
        return preview.fileName() == null ? "" : preview.fileName();
    }

    private void showRefusal(InvalidInputException refused) {
        file = null;
        confirm.setEnabled(false);
        summary.setVisible(false);
        grid.setVisible(false);
        result.setVisible(false);
        showErrors(refused.problems().stream().map(this::text).toList());
    }

    private void showErrors(List<String> messages) {
        errors.removeAll();
        messages.forEach(message -> errors.add(new Paragraph(message)));
        errors.setVisible(!messages.isEmpty());
    }

    private void confirm() {
        if (file == null) {
            return;
        }
        StatementPreview booked;
        try {
            booked = statements.confirm(file);
        } catch (InvalidInputException refused) {
            showRefusal(refused);
            return;
        } catch (BudgetRefusedException | PaymentTransitionException refused) {
            error(getTranslation("statement.refused"));
            return;
        }
        int paid = booked.count(Outcome.MATCHED);
        String message = paid == 0 ? getTranslation("statement.nothingBooked")
                : getTranslation("statement.booked", String.valueOf(paid), Formats.money(booked.matchedTotal(), getLocale()));
        result.setText(message);
        result.setVisible(true);
        if (paid == 0) {
            error(message);
        } else {
            Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        // what the statement means now: its payments are paid
        show(statements.preview(file));
        confirm.setEnabled(false);
    }

    private void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Reads the file (at most the limit) and previews it on the upload's request; the view is updated under the lock. */
    private final class StatementUploadHandler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            try (InputStream content = event.getInputStream()) {
                StatementFile uploaded = statements.read(event.getFileName(), content, chosenFormat);
                StatementPreview preview = statements.preview(uploaded);
                ui.access(() -> {
                    upload.clearFileList();
                    showPreview(uploaded, preview);
                });
            } catch (InvalidInputException refused) {
                Problem first = refused.problems().getFirst();
                event.reject(getTranslation(locale, first.messageKey(), first.args()));
                ui.access(() -> {
                    upload.clearFileList();
                    showRefusal(refused);
                });
            }
        }

        @Override
        public long getFileSizeMax() {
            return BankStatements.MAX_BYTES;
        }
    }

    private UploadI18N i18n() {
        // the shared texts (progress, retry, remove, sizes), with the statement's own words for adding one file
        UploadI18N i18n = Uploads.i18n(this, (BankStatements.MAX_BYTES / 1024 / 1024) + " MB", "CSV, camt.053 (XML)");
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("statement.upload.drop"))
                .setMany(getTranslation("statement.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("statement.upload.add"))
                .setMany(getTranslation("statement.upload.add")));
        i18n.getError().setTooManyFiles(getTranslation("statement.upload.tooMany"))
                .setIncorrectFileType(getTranslation("statement.file.type"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.title");
    }
}
