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
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
    private SerializableFunction<R, List<Problem>> rules = record -> List.of();
    private String keptKey;
    private final List<String> keptAlso = new ArrayList<>();

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

    /**
     * Keeps what the user types in their session under {@code key} (see {@link KeptDrafts}) until {@link #forgetKept}:
     * a reload of the page shows it again. Call it after the fields are bound and the starting record is shown: a
     * kept draft then replaces that record.
     */
    protected final void keepUntilSent(String key) {
        keptKey = key;
        fields().values().forEach(KeptDrafts::sendWhileTyping);
        KeptDrafts.<R>get(key).ifPresent(this::setValue);
        addChangedListener(change -> KeptDrafts.put(key, getValue()));
    }

    /**
     * Keeps a field of the form that is not bound to the record (an amount per year, a score per criterion) with the
     * record's draft, under its own {@code name}; call it after {@link #keepUntilSent}.
     */
    protected final <V> void keepAlso(HasValue<?, V> field, String name) {
        String key = keptKey + "/" + name;
        keptAlso.add(key);
        KeptDrafts.keep(field, key);
    }

    /** The form was sent and taken: its kept draft (if any) is forgotten. */
    public void forgetKept() {
        if (keptKey != null) {
            KeptDrafts.forget(keptKey);
            keptAlso.forEach(KeptDrafts::forget);
        }
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

    /**
     * The record's own rules, checked on screen without sending anything (a pure policy the record offers, such as
     * {@code ReviewSettingsForm::problems}): with them {@link #readyToSend} marks every field they refuse at the same
     * time as a field that cannot read what was typed. The service checks the same rules when the record is sent.
     */
    protected void checkWith(SerializableFunction<R, List<Problem>> rules) {
        this.rules = rules;
    }

    /**
     * Before sending what is on screen: clears the earlier messages and tells whether it can be sent. A field that
     * cannot read what was typed (a date or number typed wrongly) keeps its text and its own message, and then nothing
     * is sent, since an empty value must not stand in for what was typed. Every other problem is marked at the same
     * time, so the user sees all there is to repair at once: what the record's rules ({@link #checkWith}) refuse,
     * and an empty field that shows it is required. The focus goes to the first marked field; problems that belong
     * to no field go to {@code elsewhere}.
     */
    public boolean readyToSend(Consumer<String> elsewhere) {
        return readyToSend(elsewhere, this);
    }

    /**
     * {@link #readyToSend(Consumer)} for a page of several forms that are sent together: a field that cannot read what
     * was typed in one of them holds all back, and every problem in all of them is marked at once.
     */
    public static boolean readyToSend(Consumer<String> elsewhere, RecordForm<?>... forms) {
        List<Map<String, HasValidation>> unreadable = new ArrayList<>();
        java.util.Set<Object> marked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RecordForm<?> form : forms) {
            Map<String, HasValidation> cannotRead = new LinkedHashMap<>();
            Map<String, HasValidation> readable = new LinkedHashMap<>();
            form.fields().forEach((name, field) -> (unreadable(field) ? cannotRead : readable).put(name, field));
            ProblemMessages.clear(readable);
            unreadable.add(cannotRead);
            marked.addAll(cannotRead.values());
        }
        if (marked.isEmpty()) {
            return true;
        }
        for (int i = 0; i < forms.length; i++) {
            marked.addAll(ProblemMessages.mark(forms[i], forms[i].problemsBeside(unreadable.get(i).keySet()),
                    forms[i].fields(), elsewhere));
        }
        forms[0].getUI().ifPresent(ui -> ProblemMessages.focusFirst(ui, marked));
        return false;
    }

    /** What the record's rules refuse and which field shows it is required while empty, beside these unreadable fields. */
    private List<Problem> problemsBeside(java.util.Set<String> unreadable) {
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : rules.apply(getValue())) {
            if (!unreadable.contains(problem.field())) {
                problems.add(problem); // an unreadable field says itself why; the rule would only call it empty
            }
        }
        fields().forEach((name, field) -> {
            boolean named = problems.stream().anyMatch(problem -> problem.field().equals(name));
            if (!named && !unreadable.contains(name) && field instanceof HasValue<?, ?> value
                    && value.isRequiredIndicatorVisible() && value.isEmpty() && ((Component) field).isVisible()) {
                problems.add(new Problem(name, "validation.required"));
            }
        });
        return problems;
    }

    /** Whether the field holds what the browser or the field could not read (its value is then empty). */
    private static boolean unreadable(HasValidation field) {
        if (field instanceof TypedNumberField<?, ?> number) {
            return number.isVisible() && number.hasBadInput();
        }
        // only a date, time or number the browser parses can hold what it could not read; a text, a choice cannot
        boolean parsed = field instanceof com.vaadin.flow.component.datepicker.DatePicker
                || field instanceof com.vaadin.flow.component.timepicker.TimePicker
                || field instanceof com.vaadin.flow.component.datetimepicker.DateTimePicker
                || field instanceof com.vaadin.flow.component.textfield.AbstractNumberField<?, ?>;
        return parsed && ProblemMessages.unreadable(field);
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
