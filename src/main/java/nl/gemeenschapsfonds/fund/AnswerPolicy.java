package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an answer fits its question (issue 21 item 1, ADR 0026). Answers are stored as text: a whole number as
 * digits, an amount as a plain decimal with at most two decimals, a date as ISO date, yes/no as "yes"/"no", a choice
 * as the choice's Dutch text, several choices one per line, a file as the id of the uploaded attachment (its kind is
 * checked by the submission module, which knows the file). A draft may be incomplete ({@code forSubmission} false):
 * only a value that cannot be what the question asks is refused; at submission a required question must be answered.
 */
public final class AnswerPolicy {

    /** Separates the values of a question with several choices. */
    public static final String SEPARATOR = "\n";

    private AnswerPolicy() {
    }

    /** The problem with {@code value} as an answer to {@code question}, if any, at the question's field. */
    public static Optional<Problem> check(CallQuestion question, String value, boolean forSubmission) {
        String field = question.field();
        if (value == null || value.isBlank()) {
            // both labels: the Dutch message shows the first, the English one the second
            return forSubmission && question.required()
                    ? Optional.of(new Problem(field, "questions.validation.required", question.labelNl(), question.label(Locale.ENGLISH)))
                    : Optional.empty();
        }
        String message = switch (question.kind()) {
            case SHORT_TEXT, LONG_TEXT -> value.strip().length() > question.lengthLimit() ? "validation.tooLong" : null;
            case WHOLE_NUMBER -> isWholeNumber(value) ? null : "questions.validation.wholeNumber";
            case AMOUNT -> isAmount(value) ? null : "questions.validation.amount";
            case DATE -> isDate(value) ? null : "questions.validation.date";
            case YES_NO -> value.equals("yes") || value.equals("no") ? null : "questions.validation.choice";
            case ONE_CHOICE -> isChoice(question, value) ? null : "questions.validation.choice";
            case MANY_CHOICES -> values(value).stream().allMatch(v -> isChoice(question, v)) ? null : "questions.validation.choice";
            case FILE -> value.matches("\\d{1,18}") ? null : "questions.validation.file";
        };
        if (message == null) {
            return Optional.empty();
        }
        return Optional.of(message.equals("validation.tooLong") ? new Problem(field, message, question.lengthLimit())
                : new Problem(field, message));
    }

    /** The values of an answer to a question with several choices. */
    public static List<String> values(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(SEPARATOR)).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static boolean isChoice(CallQuestion question, String value) {
        return question.choices().stream().anyMatch(choice -> choice.value().equals(value));
    }

    private static boolean isWholeNumber(String value) {
        try {
            Integer.parseInt(value.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isAmount(String value) {
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            return amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= 12;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
