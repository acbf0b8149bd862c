package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Shows a service's refusal next to the fields it concerns, in the user's language; amounts in the user's format. */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    /** A problem in the user's language: amounts and dates in their format, keys translated. */
    public static String text(Component component, Problem problem) {
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Object[] args = Arrays.stream(problem.args())
                .map(arg -> switch (arg) {
                    case BigDecimal amount -> Formats.money(amount, locale);
                    case java.time.LocalDate date -> Formats.date(date, locale);
                    case InvalidInputException.Key key -> component.getTranslation(key.key());
                    default -> arg;
                })
                .toArray();
        return component.getTranslation(problem.messageKey(), args);
    }

    /**
     * Marks each field named by a problem as invalid with its message. Problems for fields the form
     * does not know go to {@code fallback}.
     */
    public static void show(Component view, InvalidInputException invalid, Map<String, ? extends HasValidation> fields,
                            java.util.function.Consumer<String> fallback) {
        focusFirst(view, mark(view, invalid.problems(), fields, fallback));
    }

    /**
     * Marks each field named by a problem as invalid with its message, without moving the focus; answers the fields
     * marked. Problems for fields the form does not know go to {@code fallback}.
     */
    static java.util.Set<Object> mark(Component view, List<Problem> problems, Map<String, ? extends HasValidation> fields,
                                      java.util.function.Consumer<String> fallback) {
        java.util.Set<Object> marked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Problem problem : problems) {
            HasValidation field = fields.get(problem.field());
            String message = text(view, problem);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                marked.add(field);
            } else {
                fallback.accept(message);
            }
        }
        return marked;
    }

    /**
     * Moves the focus to the first field with an error, in the order of the page (WCAG 3.3.1: a keyboard or
     * screen-reader user lands on what to repair, and hears its message).
     */
    static void focusFirst(Component view, java.util.Set<Object> marked) {
        if (marked.isEmpty()) {
            return;
        }
        java.util.Deque<Component> todo = new java.util.ArrayDeque<>(List.of(view));
        while (!todo.isEmpty()) {
            Component component = todo.pop();
            if (component.getElement().isTextNode() || !component.isVisible()) {
                continue; // a field on a hidden wizard step or section is not where the user is
            }
            if (marked.contains(component) && component instanceof Focusable<?> focusable) {
                focusable.focus();
                return;
            }
            List<Component> children = component.getChildren().toList();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /**
     * Whether one of these fields holds what the browser could not read (a date or amount typed wrongly): its value
     * is then empty and the field says so itself. Ask before {@link #clear}, which would hide it, and send nothing:
     * an empty value must not stand in for what was typed.
     */
    public static boolean anyUnreadable(java.util.Collection<? extends HasValidation> fields) {
        return fields.stream().anyMatch(ProblemMessages::unreadable);
    }

    /**
     * Whether this field holds input the browser could not read. A field the service marked invalid (a required
     * amount left empty after a failed submit) is not unreadable: its empty value is what the user means, and a
     * later save must still go through, or everything typed elsewhere on the form would be lost (issue 13).
     * The field's own validator knows bad input, in a required field too; a field without one falls back to
     * "invalid and empty".
     */
    public static boolean unreadable(HasValidation field) {
        if (!(field instanceof HasValue<?, ?> value) || !value.isEmpty() || !((Component) field).isVisible()) {
            return false;
        }
        if (field instanceof com.vaadin.flow.data.binder.HasValidator<?> validated) {
            return badInput(validated, (Component) field, value);
        }
        return field.isInvalid();
    }

    /**
     * Asked with a {@code ValueContext}, as a binder asks, Vaadin's validators leave "required" to the binder: an empty
     * required field is no bad input, and a required date typed wrongly is not taken for an empty one (which a view
     * would then call "fill in this field", having cleared its marks before asking).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean badInput(com.vaadin.flow.data.binder.HasValidator<?> field, Component component, HasValue<?, ?> value) {
        com.vaadin.flow.data.binder.Validator validator = field.getDefaultValidator();
        return validator.apply(value.getEmptyValue(), new com.vaadin.flow.data.binder.ValueContext(component, value)).isError();
    }
}
