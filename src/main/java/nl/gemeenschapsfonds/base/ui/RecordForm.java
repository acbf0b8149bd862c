package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A section of a form that takes and gives a record through Vaadin's {@link Binder}: each field is bound to the
 * record component of the same name. The rules stay in the service (it answers per field, shown by
 * {@link ProblemMessages}), so the binder neither validates nor touches a field's invalid state: a refusal and the
 * browser's own "cannot read this" stay as they are, and nothing typed is lost.
 */
public abstract class RecordForm<R extends Record> extends Composite<FormLayout> {

    private final Binder<R> binder;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    protected RecordForm(Class<R> type) {
        binder = new Binder<>(type);
        binder.setDefaultValidatorsEnabled(false);
    }

    /** Binds {@code field} to the record component {@code property}; problems named {@code property} show at it. */
    protected <V, F extends Component & HasValue<?, V> & HasValidation> F bind(F field, String property) {
        binder.forField(field).withValidationStatusHandler(status -> {
        }).bind(property);
        fields.put(property, field);
        return field;
    }

    /** Shows the record. */
    public void setValue(R record) {
        binder.readRecord(record);
    }

    /** What is on screen, as a record (unchecked: the service checks it). */
    public R getValue() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The form has no validators of its own", e);
        }
    }

    /** The fields by the name the service's problems use. */
    public Map<String, HasValidation> fields() {
        return fields;
    }

    /** Whether a date or number field says it could not read what was typed: then nothing is sent. */
    public boolean hasUnreadableInput() {
        return false;
    }

    protected static boolean anyInvalid(HasValidation... fields) {
        boolean bad = false;
        for (HasValidation field : fields) {
            bad |= field.isInvalid();
        }
        return bad;
    }
}
