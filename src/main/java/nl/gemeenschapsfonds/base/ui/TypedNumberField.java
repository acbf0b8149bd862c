package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.shared.HasPrefix;
import com.vaadin.flow.component.shared.HasSuffix;
import com.vaadin.flow.component.shared.HasTooltip;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A number field that is a plain text field in the browser and reads the text on the server.
 * Vaadin's own number fields drop the characters they do not expect while the user types
 * ({@code 12k500} becomes 12500, {@code abc} becomes empty); this one keeps what was typed and
 * says at the field why it is not a number. Its value is then {@code null} and {@link #hasBadInput()}
 * is true; a {@code Binder} sees the message through {@link #getDefaultValidator()}.
 */
public abstract class TypedNumberField<F extends TypedNumberField<F, T>, T extends Comparable<? super T>>
        extends AbstractCompositeField<TextField, F, T>
        implements HasLabel, HasHelper, HasPrefix, HasSuffix, HasSize, HasStyle, HasValidation, HasValueChangeMode,
        HasTooltip, HasAriaLabel, HasClearButton, Focusable<F>, HasValidator<T> {

    private final TextField text = new TextField();
    private final List<ValidationStatusChangeListener<T>> statusListeners = new ArrayList<>();
    private boolean writingText;
    private String refusal;
    private T min;
    private T max;

    protected TypedNumberField() {
        super(null);
        text.setManualValidation(true);
        text.addValueChangeListener(event -> {
            if (!writingText) {
                read(event.getValue());
            }
        });
    }

    @Override
    protected TextField initContent() {
        return text;
    }

    /** The number in the text, or throws why it is none; {@code null} for an empty text. */
    protected abstract T parse(String typed, Locale locale) throws NumberText.Refused;

    protected abstract String format(T value, Locale locale);

    /** The translation key of "at least {0}" / "at most {0}" messages use this to print the bound. */
    protected String formatBound(T bound, Locale locale) {
        return format(bound, locale);
    }

    private void read(String typed) {
        T value;
        try {
            value = parse(typed, getLocale());
            refusal = null;
        } catch (NumberText.Refused refused) {
            value = null;
            refusal = getTranslation(refused.key());
        }
        setModelValue(value, true);
        showValidity();
    }

    @Override
    protected void setPresentationValue(T value) {
        writingText = true;
        try {
            text.setValue(value == null ? "" : format(value, getLocale()));
        } finally {
            writingText = false;
        }
        refusal = null;
        showValidity();
    }

    /** The text as the user typed it (also when it is not a number). */
    public String getText() {
        return text.getValue();
    }

    /** Whether the text typed is not a number; the value is then {@code null}. */
    public boolean hasBadInput() {
        return refusal != null;
    }

    /** Why the value is refused at the field (bad input or out of range), or {@code null}. */
    private String problem() {
        if (refusal != null) {
            return refusal;
        }
        T value = getValue();
        if (value != null && min != null && value.compareTo(min) < 0) {
            return getTranslation("numberField.min", formatBound(min, getLocale()));
        }
        if (value != null && max != null && value.compareTo(max) > 0) {
            return getTranslation("numberField.max", formatBound(max, getLocale()));
        }
        return null;
    }

    private void showValidity() {
        String problem = problem();
        if (problem != null) {
            text.setErrorMessage(problem);
            text.setInvalid(true);
        } else if (text.isInvalid()) {
            text.setInvalid(false);
        }
        ValidationStatusChangeEvent<T> event = new ValidationStatusChangeEvent<>(this, problem == null);
        List.copyOf(statusListeners).forEach(listener -> listener.validationStatusChanged(event));
    }

    public void setMin(T min) {
        this.min = min;
    }

    public void setMax(T max) {
        this.max = max;
    }

    public T getMin() {
        return min;
    }

    public T getMax() {
        return max;
    }

    @Override
    public Validator<T> getDefaultValidator() {
        return (value, context) -> {
            String problem = problem();
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        };
    }

    @Override
    public Registration addValidationStatusChangeListener(ValidationStatusChangeListener<T> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        // "required" from the view for a null value would hide the better reason: the text is no number
        text.setErrorMessage(refusal != null ? refusal : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return text.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        // a message the view sets for the value (too high, required) never hides that the text is no number
        if (!invalid && problem() != null) {
            showValidity();
            return;
        }
        text.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return text.isInvalid();
    }

    @Override
    public void setValueChangeMode(ValueChangeMode valueChangeMode) {
        text.setValueChangeMode(valueChangeMode);
    }

    @Override
    public ValueChangeMode getValueChangeMode() {
        return text.getValueChangeMode();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        text.setReadOnly(readOnly);
    }

    @Override
    public void setRequiredIndicatorVisible(boolean required) {
        super.setRequiredIndicatorVisible(required);
        text.setRequiredIndicatorVisible(required);
    }
}
