package nl.gemeenschapsfonds.report.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.report.ReportService;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report's own words, bound to a {@link ReportText} record with a {@link Binder}: what was done, how many visitors a
 * week, and what changed for loneliness. Fires {@link ChangedEvent} on every change, so the form saves as the user
 * types (the texts also while typing, not only when the field is left: closing the tab loses nothing).
 */
class ReportTextFields extends Composite<FormLayout> {

    /** A field changed: the value is the form's now. */
    static class ChangedEvent extends ComponentEvent<ReportTextFields> {
        ChangedEvent(ReportTextFields source) {
            super(source, true);
        }
    }

    private final TextArea activities = new TextArea();
    private final WholeNumberField visitors = new WholeNumberField();
    private final TextArea loneliness = new TextArea();
    private final Binder<ReportText> binder = new Binder<>(ReportText.class);

    ReportTextFields() {
        text(activities, "activities", "report.activities");
        visitors.setLabel(getTranslation("report.visitorsPerWeek"));
        visitors.setId("report-visitorsPerWeek");
        visitors.setMin(0);
        text(loneliness, "lonelinessChange", "report.lonelinessChange");
        // the binder carries the values only: what is wrong is the service's to say (at the field, through ProblemMessages),
        // and a number that cannot be read keeps the field's own message
        binder.forField(activities).withValidationStatusHandler(status -> { }).bind("activities");
        binder.forField(visitors).withValidationStatusHandler(status -> { }).bind("visitorsPerWeek");
        binder.forField(loneliness).withValidationStatusHandler(status -> { }).bind("lonelinessChange");
        binder.setValidatorsDisabled(true);
        getContent().add(activities, visitors, loneliness);
    }

    /** Shows the text (without firing a change). */
    void read(ReportText text) {
        binder.readRecord(new ReportText(orEmpty(text.activities()), text.visitorsPerWeek(), orEmpty(text.lonelinessChange())));
    }

    /** What is on screen (a number that cannot be read is empty). */
    ReportText value() {
        try {
            return binder.writeRecord();
        } catch (ValidationException cannotHappen) { // no validators: the service checks
            throw new IllegalStateException(cannotHappen);
        }
    }

    /** Starts firing {@link ChangedEvent}s; call after {@link #read}. */
    Registration addChangedListener(ComponentEventListener<ChangedEvent> listener) {
        binder.addValueChangeListener(change -> fireEvent(new ChangedEvent(this)));
        return addListener(ChangedEvent.class, listener);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** The fields by the names the service's problems use. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("activities", activities);
        fields.put("visitorsPerWeek", visitors);
        fields.put("lonelinessChange", loneliness);
        return fields;
    }

    /** The field whose typed input may be unreadable (not a whole number). */
    WholeNumberField visitors() {
        return visitors;
    }

    private void text(TextArea area, String name, String label) {
        area.setLabel(getTranslation(label));
        area.setId("report-" + name);
        area.setMaxLength(ReportService.MAX_TEXT_LENGTH);
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(1500);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
