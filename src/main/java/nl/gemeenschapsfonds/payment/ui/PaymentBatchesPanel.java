package nl.gemeenschapsfonds.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.payment.BatchFile;
import nl.gemeenschapsfonds.payment.BatchListItem;
import nl.gemeenschapsfonds.payment.PaymentService;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Finance's exported batches on the payments page: each with its pain.001 file to download again and, until the bank
 * confirmed it, "paid", which asks for the booking date and a confirmation (the ledger booking cannot be undone).
 */
class PaymentBatchesPanel extends Div {

    private final PaymentService payments;
    private final LocalDate today;
    private final Runnable afterPaid;

    PaymentBatchesPanel(PaymentService payments, LocalDate today, Runnable afterPaid) {
        this.payments = payments;
        this.today = today;
        this.afterPaid = afterPaid;
    }

    void show() {
        removeAll();
        List<BatchListItem> all = payments.batches();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("payments.noBatches")));
            return;
        }
        for (BatchListItem batch : all) {
            String state = batch.status() == BatchListItem.BatchStatus.PAID
                    ? getTranslation("payments.batch.status.PAID", Formats.date(batch.paidOn(), getLocale()))
                    : getTranslation("payments.batch.status.EXPORTED");
            Span line = new Span(getTranslation("payments.batch.line", batch.messageId(),
                    Formats.date(batch.executionDate(), getLocale()), batch.numberOfTransactions(),
                    Formats.money(batch.controlSum(), getLocale()), state));
            Anchor download = download(batch.id(), "pain001-" + batch.messageId() + ".xml");
            download.setId("payments-batch-" + batch.id() + "-download");
            HorizontalLayout row = new HorizontalLayout(line, download);
            row.setId("payments-batch-" + batch.id());
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            // on a narrow screen the link and "paid" go under the line instead of squeezing it and the file name (pay24's walk, 500 px)
            row.setWrap(true);
            if (batch.status() == BatchListItem.BatchStatus.EXPORTED) {
                Button paid = new Button(getTranslation("payments.markPaid"), click -> markPaid(batch));
                paid.setId("payments-batch-" + batch.id() + "-paid");
                row.add(paid);
            }
            add(row);
        }
    }

    /**
     * Asks for the booking date on the bank statement (on or after the execution date, not in the future) and for
     * confirmation: the ledger booking cannot be undone. A refused date stays in the dialog with its message.
     */
    private void markPaid(BatchListItem batch) {
        DatePicker paidOn = DatePickers.create(getTranslation("payments.paidOn"), getLocale());
        paidOn.setId("payments-paid-on");
        paidOn.setMin(batch.executionDate());
        paidOn.setMax(today);
        paidOn.setRequiredIndicatorVisible(true);
        Dialog dialog = new Dialog(getTranslation("payments.markPaidTitle", batch.messageId()));
        dialog.setId("payments-mark-paid-dialog");
        dialog.add(new Paragraph(getTranslation("payments.markPaidText", Formats.date(batch.executionDate(), getLocale()))), paidOn);
        Button confirm = new Button(getTranslation("payments.markPaidConfirm"), click -> {
            if (ProblemMessages.unreadable(paidOn)) {
                return; // the field says the date cannot be read; nothing is booked
            }
            paidOn.setInvalid(false);
            try {
                payments.markBatchPaid(batch.id(), paidOn.getValue());
            } catch (InvalidInputException invalid) {
                ProblemMessages.show(this, invalid, Map.of("paidOn", paidOn), this::error);
                return;
            } catch (BudgetRefusedException refused) {
                error(getTranslation("payments.ledgerRefused"));
                return;
            }
            dialog.close();
            Notification.show(getTranslation("payments.markedPaid", batch.messageId()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterPaid.run();
            show();
        });
        confirm.setId("payments-mark-paid-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("payments-mark-paid-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** A link to download a batch's pain.001 file again. */
    Anchor download(long batchId, String fileName) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            BatchFile file = payments.batchFile(batchId);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), BatchFile.CONTENT_TYPE,
                    file.content().length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("payments.download", fileName)));
        return anchor;
    }

    private void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
