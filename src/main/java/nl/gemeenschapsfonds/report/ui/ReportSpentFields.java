package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.report.CostLineItem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The money spent per granted cost line, each line's field bound with a {@link Binder} to a {@link Spent} record. Fires
 * {@link ChangedEvent} on every change, so the form saves as the user types. The binders carry the values only: what
 * is wrong is the service's to say (at the field, through ProblemMessages), and an amount that cannot be read keeps
 * the field's own message.
 */
class ReportSpentFields extends Composite<FormLayout> {

    /**
     * What one cost line's field holds: the amount spent on it (empty when not filled in or not readable). Public
     * because the {@code Binder} reads and writes it by reflection.
     */
    public record Spent(BigDecimal amount) {
    }

    /** A field changed: the values are the form's now. */
    static class ChangedEvent extends ComponentEvent<ReportSpentFields> {
        ChangedEvent(ReportSpentFields source) {
            super(source, true);
        }
    }

    private final Map<Integer, DecimalField> fields = new LinkedHashMap<>();
    private final Map<Integer, Binder<Spent>> binders = new LinkedHashMap<>();

    /** A field per cost line, showing what was saved of it. */
    ReportSpentFields(List<CostLineItem> lines, Locale locale) {
        for (CostLineItem line : lines) {
            DecimalField field = new DecimalField(getTranslation("report.spentLine",
                    getTranslation("costLines.kind." + line.category()), String.valueOf(line.year()),
                    line.description() == null ? "" : line.description(), Formats.money(line.budget(), locale)));
            field.setId("report-spent-" + line.position());
            field.setPrefixComponent(new Span("€"));
            Binder<Spent> binder = new Binder<>(Spent.class);
            binder.setDefaultValidatorsEnabled(false);
            binder.forField(field).withValidationStatusHandler(status -> { }).bind("amount");
            binder.setValidatorsDisabled(true);
            binder.readRecord(new Spent(line.spent()));
            fields.put(line.position(), field);
            binders.put(line.position(), binder);
            getContent().add(field);
        }
    }

    /** What is on screen, per cost-line position (an amount that cannot be read is empty). */
    Map<Integer, BigDecimal> value() {
        Map<Integer, BigDecimal> spent = new LinkedHashMap<>();
        binders.forEach((position, binder) -> {
            try {
                spent.put(position, binder.writeRecord().amount());
            } catch (ValidationException cannotHappen) { // no validators: the service checks
                throw new IllegalStateException(cannotHappen);
            }
        });
        return spent;
    }

    /** Starts firing {@link ChangedEvent}s. */
    Registration addChangedListener(ComponentEventListener<ChangedEvent> listener) {
        binders.values().forEach(binder -> binder.addValueChangeListener(change -> fireEvent(new ChangedEvent(this))));
        return addListener(ChangedEvent.class, listener);
    }

    void setReadOnly(boolean readOnly) {
        binders.values().forEach(binder -> binder.setReadOnly(readOnly));
    }

    /** The fields by the names the service's problems use ({@code spent-<position>}). */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> named = new LinkedHashMap<>();
        fields.forEach((position, field) -> named.put("spent-" + position, field));
        return named;
    }

    /** The fields whose typed input may be unreadable (not an amount). */
    List<DecimalField> typed() {
        return List.copyOf(fields.values());
    }
}
