package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.RecordBinder;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.report.ReportForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One confirmed pledge in the report: when and how much of it arrived, bound by a {@link RecordBinder} to a
 * {@link Received} record; a row that wraps at a narrow width. Fires {@link ChangedEvent} on every change. The binder
 * carries the values only: what is wrong is the service's to say, and a date or amount that cannot be read keeps the
 * field's own message.
 */
class PledgeReceiptRow extends Composite<HorizontalLayout> {

    /** What the row holds (either may be empty in a draft). Public because the {@code Binder} reads it by reflection. */
    public record Received(LocalDate receivedOn, BigDecimal amount) {
    }

    /** A field changed: the value is the row's now. */
    static class ChangedEvent extends ComponentEvent<PledgeReceiptRow> {
        ChangedEvent(PledgeReceiptRow source) {
            super(source, true);
        }
    }

    private final long pledgeId;
    private final long pledgeVersion;
    private final DatePicker receivedOn;
    private final DecimalField amount;
    private final RecordBinder<Received> binder = new RecordBinder<>(Received.class);

    /** The row of a confirmed pledge, showing what was saved of it ({@code saved} may be null). */
    PledgeReceiptRow(PledgeItem pledge, ReportForm.PledgeReceipt saved, Locale locale) {
        pledgeId = pledge.id();
        pledgeVersion = pledge.version();
        receivedOn = DatePickers.create(getTranslation("report.receivedOn"), locale);
        receivedOn.setId("report-pledge-date-" + pledge.id());
        amount = new DecimalField(getTranslation("report.receivedAmount"));
        amount.setId("report-pledge-amount-" + pledge.id());
        amount.setPrefixComponent(new Span("€"));
        binder.bind(receivedOn, "receivedOn");
        binder.bind(amount, "amount");
        binder.read(saved == null ? new Received(null, null) : new Received(saved.receivedOn(), saved.amount()));
        binder.onChange(changed -> fireEvent(new ChangedEvent(this)));
        ReportFormView.wrapping(getContent()).add(receivedOn, amount);
    }

    /** What is on screen, as the report's receipt of this pledge (a date or amount that cannot be read is empty). */
    ReportForm.PledgeReceipt value() {
        Received received = binder.value();
        return new ReportForm.PledgeReceipt(pledgeId, pledgeVersion, received.receivedOn(), received.amount());
    }

    long pledgeId() {
        return pledgeId;
    }

    long pledgeVersion() {
        return pledgeVersion;
    }

    DatePicker date() {
        return receivedOn;
    }

    /** The amount field: problems named {@code pledge-<id>} show at it. */
    DecimalField amount() {
        return amount;
    }

    /** Starts firing {@link ChangedEvent}s. */
    Registration addChangedListener(ComponentEventListener<ChangedEvent> listener) {
        return addListener(ChangedEvent.class, listener);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }
}
