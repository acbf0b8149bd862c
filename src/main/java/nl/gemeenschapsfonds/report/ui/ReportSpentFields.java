package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.RecordBinder;
import nl.gemeenschapsfonds.report.CostLineItem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The money spent per granted cost line, each line's field bound by a {@link RecordBinder} to a {@link Spent} record.
 * Fires {@link ChangedEvent} on every change, so the form saves as the user types. The binders carry the values only:
 * what is wrong is the service's to say (at the field, through ProblemMessages), and an amount that cannot be read
 * keeps the field's own message.
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

    private final Map<Integer, RecordBinder<Spent>> lines = new LinkedHashMap<>();

    /** A field per cost line, showing what was saved of it. */
    ReportSpentFields(List<CostLineItem> lines, Locale locale) {
        for (CostLineItem line : lines) {
            DecimalField field = new DecimalField(getTranslation("report.spentLine",
                    getTranslation("costLines.kind." + line.category()), String.valueOf(line.year()),
                    line.description() == null ? "" : line.description(), Formats.money(line.budget(), locale)));
            field.setId("report-spent-" + line.position());
            field.setPrefixComponent(new Span("€"));
            RecordBinder<Spent> binder = new RecordBinder<>(Spent.class);
            binder.bind(field, "amount", "spent-" + line.position());
            binder.read(new Spent(line.spent()));
            binder.onChange(changed -> fireEvent(new ChangedEvent(this)));
            this.lines.put(line.position(), binder);
            getContent().add(field);
        }
    }

    /** What is on screen, per cost-line position (an amount that cannot be read is empty). */
    Map<Integer, BigDecimal> value() {
        Map<Integer, BigDecimal> spent = new LinkedHashMap<>();
        lines.forEach((position, binder) -> spent.put(position, binder.value().amount()));
        return spent;
    }

    /** Starts firing {@link ChangedEvent}s. */
    Registration addChangedListener(ComponentEventListener<ChangedEvent> listener) {
        return addListener(ChangedEvent.class, listener);
    }

    void setReadOnly(boolean readOnly) {
        lines.values().forEach(binder -> binder.setReadOnly(readOnly));
    }

    /** The fields by the names the service's problems use ({@code spent-<position>}). */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> named = new LinkedHashMap<>();
        lines.values().forEach(binder -> named.putAll(binder.fields()));
        return named;
    }

    /** The fields whose typed input may be unreadable (not an amount). */
    List<DecimalField> typed() {
        return lines.values().stream().flatMap(binder -> binder.fields().values().stream())
                .map(DecimalField.class::cast).toList();
    }
}
