package nl.gemeenschapsfonds.base;

import java.util.regex.Pattern;

/**
 * A number in the Dutch chamber of commerce's trade register (KvK-nummer): exactly eight digits.
 * Spaces typed between the digits are dropped; anything else (letters, seven or nine digits,
 * non-ASCII digits) is refused.
 */
public record KvkNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[0-9]{8}$");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    public KvkNumber {
        String compact = compact(value);
        if (compact == null || !FORMAT.matcher(compact).matches()) {
            throw new IllegalArgumentException("Not a KvK number: " + value);
        }
        value = compact;
    }

    public static boolean isValid(String value) {
        String compact = compact(value);
        return compact != null && FORMAT.matcher(compact).matches();
    }

    private static String compact(String value) {
        return value == null ? null : WHITESPACE.matcher(value).replaceAll("");
    }

    @Override
    public String toString() {
        return value;
    }
}
