package nl.gemeenschapsfonds.base;

import java.util.List;

/**
 * A service refused input, with a message per field, so the view can show each one next to its
 * field and keep everything the user typed. Messages are translation keys with arguments.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** An argument that is itself a translation key, such as the label of a missing field. */
    public record Key(String key) {
    }

    /** One problem: the field (as the form names it), a translation key and its arguments. */
    public record Problem(String field, String messageKey, Object... args) {
    }
}
