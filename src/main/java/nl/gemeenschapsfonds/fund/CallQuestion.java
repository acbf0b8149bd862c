package nl.gemeenschapsfonds.fund;

import java.util.List;
import java.util.Locale;

/**
 * A question of a call (issue 21 item 1, ADR 0026): its kind, label and help text in Dutch and English, whether
 * it must be answered, the length limit of a long text, the choices of a choice question, the kind of file of a file
 * question, and optionally the earlier question and answer that make it shown ({@code shownWhenKey} and
 * {@code shownWhenValue}; without them it is always shown). {@code key} stays the same across versions, so answers
 * and conditions refer to it.
 */
public record CallQuestion(String key, QuestionKind kind, String labelNl, String labelEn, String helpNl, String helpEn,
                           boolean required, Integer maxLength, List<Choice> choices, FileKind fileKind,
                           String shownWhenKey, String shownWhenValue) {

    /** The longest a long text may be when the administrator sets no limit. */
    public static final int LONG_TEXT_DEFAULT = 2000;
    /** The longest a short text may be. */
    public static final int SHORT_TEXT_MAX = 200;

    public CallQuestion {
        choices = choices == null ? List.of() : List.copyOf(choices);
        shownWhenKey = shownWhenKey == null || shownWhenKey.isBlank() ? null : shownWhenKey;
        shownWhenValue = shownWhenKey == null ? null : shownWhenValue;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank() ? labelEn : labelNl;
    }

    public String help(Locale locale) {
        String help = "en".equals(locale.getLanguage()) ? helpEn : helpNl;
        return help == null || help.isBlank() ? null : help;
    }

    /** The length limit of a text answer. */
    public int lengthLimit() {
        return switch (kind) {
            case SHORT_TEXT -> SHORT_TEXT_MAX;
            case LONG_TEXT -> maxLength == null ? LONG_TEXT_DEFAULT : maxLength;
            default -> SHORT_TEXT_MAX;
        };
    }

    /** Whether it is shown only after a given answer to an earlier question. */
    public boolean conditional() {
        return shownWhenKey != null;
    }

    /** The field name problems with its answer carry, in the wizard and in the submission rules. */
    public String field() {
        return fieldOf(key);
    }

    public static String fieldOf(String key) {
        return "question." + key;
    }
}
