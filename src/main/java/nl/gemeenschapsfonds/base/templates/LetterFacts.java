package nl.gemeenschapsfonds.base.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a letter hands its facts to its template: a record (the letter's {@code Facts}) as maps, and what a user typed
 * cleaned of what a PDF cannot hold and split into paragraphs. A letter builds one record and the template reads it.
 */
public final class LetterFacts {

    private LetterFacts() {
    }

    /** A record as a map of its components (records within lists too): the template's expressions read maps reliably. */
    public static Object variables(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> map = new HashMap<>();
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    map.put(component.getName(), variables(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(LetterFacts::variables).toList();
        }
        return value;
    }

    /** A text a user typed, as paragraphs (one per line); none when it is empty. */
    public static List<String> paragraphs(String text) {
        return text == null || text.isBlank() ? List.of() : text.lines().map(LetterFacts::clean).toList();
    }

    /** Without the characters XML 1.0 cannot hold (controls), which a PDF could not be made of. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
