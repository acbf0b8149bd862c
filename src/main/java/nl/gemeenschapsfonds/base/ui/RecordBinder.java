package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableFunction;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Carries a record's values to its fields and back through Vaadin's {@link Binder}, and nothing more: the rules stay in
 * the service (it answers per field, shown by {@link ProblemMessages}), so the binder neither validates nor touches a
 * field's invalid state. A refusal and the browser's own "cannot read this" stay as they are, and nothing typed is
 * lost. {@link RecordForm} is the usual way to use it; a form that is no {@code FormLayout} (a row, a list of
 * fields) holds one of these itself.
 */
public final class RecordBinder<R extends Record> implements Serializable {

    private final Binder<R> binder;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private boolean showing;

    public RecordBinder(Class<R> type) {
        binder = new Binder<>(type);
        binder.setDefaultValidatorsEnabled(false);
        binder.setValidatorsDisabled(true);
    }

    /** Binds {@code field} to the record component {@code property}; problems named {@code property} show at it. */
    public <V, F extends Component & HasValue<?, V> & HasValidation> F bind(F field, String property) {
        return bind(field, property, property);
    }

    /** Binds {@code field} to the record component {@code property}; problems named {@code problemName} show at it. */
    public <V, F extends Component & HasValue<?, V> & HasValidation> F bind(F field, String property, String problemName) {
        binder.forField(field).withValidationStatusHandler(status -> {
        }).bind(property);
        fields.put(problemName, field);
        return field;
    }

    /**
     * Binds {@code field} to the record component {@code property} of another type (a chosen item whose code the
     * record holds, say); problems named {@code problemName} show at it.
     */
    public <V, T, F extends Component & HasValue<?, V> & HasValidation> F bind(F field, String property,
            String problemName, SerializableFunction<V, T> toRecord, SerializableFunction<T, V> toField) {
        binder.forField(field).withConverter(toRecord, toField).withValidationStatusHandler(status -> {
        }).bind(property);
        fields.put(problemName, field);
        return field;
    }

    /** Shows the record; that is no change of the user's. */
    public void read(R record) {
        showing = true;
        try {
            binder.readRecord(record);
        } finally {
            showing = false;
        }
    }

    /** What is on screen, as a record (unchecked: the service checks it; what cannot be read is empty). */
    public R value() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The binder has no validators of its own", e);
        }
    }

    /** The fields by the name the service's problems use. */
    public Map<String, HasValidation> fields() {
        return fields;
    }

    /** Calls {@code changed} with the field whenever the user changes a bound field (not when a record is shown). */
    public void onChange(Consumer<HasValue<?, ?>> changed) {
        binder.addValueChangeListener(change -> {
            if (!showing) {
                changed.accept(change.getHasValue());
            }
        });
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }
}
