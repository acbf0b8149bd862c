package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;

import java.util.Map;

/**
 * A section of a form that takes and gives a record through Vaadin's {@link com.vaadin.flow.data.binder.Binder}
 * (held by a {@link RecordBinder}): each field is bound to the record component of the same name. The rules stay in
 * the service (it answers per field, shown by {@link ProblemMessages}), so the binder neither validates nor touches a
 * field's invalid state: a refusal and the browser's own "cannot read this" stay as they are, and nothing typed is
 * lost. Fires {@link ChangedEvent} when the user changes a field, for forms that save as the user types.
 */
public abstract class RecordForm<R extends Record> extends Composite<FormLayout> {

    /** The user changed a field of the form (showing a record is no change). */
    public static class ChangedEvent extends ComponentEvent<RecordForm<?>> {

        private final transient HasValue<?, ?> field;

        ChangedEvent(RecordForm<?> source, HasValue<?, ?> field) {
            super(source, true);
            this.field = field;
        }

        /** The field that changed. */
        public HasValue<?, ?> field() {
            return field;
        }
    }

    private final RecordBinder<R> binder;

    protected RecordForm(Class<R> type) {
        binder = new RecordBinder<>(type);
        binder.onChange(field -> fireEvent(new ChangedEvent(this, field)));
    }

    /** Binds {@code field} to the record component {@code property}; problems named {@code property} show at it. */
    protected <V, F extends Component & HasValue<?, V> & HasValidation> F bind(F field, String property) {
        return binder.bind(field, property);
    }

    /** Binds {@code field} to the record component {@code property}; problems named {@code problemName} show at it. */
    protected <V, F extends Component & HasValue<?, V> & HasValidation> F bind(F field, String property, String problemName) {
        return binder.bind(field, property, problemName);
    }

    /**
     * Binds {@code field} to a record component of another type, converting both ways; problems named
     * {@code problemName} show at it.
     */
    protected <V, T, F extends Component & HasValue<?, V> & HasValidation> F bind(F field, String property,
            String problemName, SerializableFunction<V, T> toRecord, SerializableFunction<T, V> toField) {
        return binder.bind(field, property, problemName, toRecord, toField);
    }

    /** Shows the record (without firing a change). */
    public void setValue(R record) {
        binder.read(record);
    }

    /** What is on screen, as a record (unchecked: the service checks it). */
    public R getValue() {
        return binder.value();
    }

    /** The fields by the name the service's problems use. */
    public Map<String, HasValidation> fields() {
        return binder.fields();
    }

    /** Whether a date or number field says it could not read what was typed: then nothing is sent. */
    public boolean hasUnreadableInput() {
        return false;
    }

    /** Starts telling {@code listener} of every change the user makes. */
    public Registration addChangedListener(ComponentEventListener<ChangedEvent> listener) {
        return addListener(ChangedEvent.class, listener);
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    protected static boolean anyInvalid(HasValidation... fields) {
        boolean bad = false;
        for (HasValidation field : fields) {
            bad |= field.isInvalid();
        }
        return bad;
    }
}
