package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.gemeenschapsfonds.base.ui.RecordForm;

import java.util.function.BooleanSupplier;

/** How the wizard's steps set up and bind their fields, in one place. */
final class WizardFields {

    private WizardFields() {
    }

    /**
     * A text field that reaches the server while the applicant types (a moment after they pause), as the report's
     * text areas do: what is typed is in the next save (every 30 seconds, or on leaving the step) without first
     * leaving the field.
     */
    static void text(Component owner, TextField field, String name, int max) {
        field.setLabel(owner.getTranslation("wizard." + name));
        field.setId("wizard-" + name);
        field.setMaxLength(max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    static void area(Component owner, TextArea field, String name, int max) {
        field.setLabel(owner.getTranslation("wizard." + name));
        field.setId("wizard-" + name);
        field.setMaxLength(max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(owner.getTranslation("wizard.maxChars", max));
    }

    /**
     * A step's change takes the changed field's message away: the rules are the service's, and their messages (and
     * the marks a refused submit leaves) stay on the fields until the applicant changes them.
     */
    static void clearMessage(RecordForm.ChangedEvent change) {
        if (change.field() instanceof HasValidation field) {
            field.setInvalid(false);
        }
    }

    /** When the applicant (not the wizard filling in what was saved) changes the field: its message goes, and {@code changed} runs. */
    static void onChange(HasValidation field, BooleanSupplier filling, Runnable changed) {
        if (field instanceof HasValue<?, ?> value) {
            value.addValueChangeListener(e -> {
                if (!filling.getAsBoolean()) {
                    changed.run();
                    field.setInvalid(false);
                }
            });
        }
    }
}
