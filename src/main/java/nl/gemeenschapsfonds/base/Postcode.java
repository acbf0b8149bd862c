package nl.gemeenschapsfonds.base;

import java.util.Locale;
import java.util.regex.Pattern;

/** A Dutch postcode: four digits (not starting with 0) and two letters, written {@code 1234 AB}. */
public record Postcode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[1-9][0-9]{3} ?[A-Za-z]{2}$");

    public Postcode {
        if (value == null || !FORMAT.matcher(value.trim()).matches()) {
            throw new IllegalArgumentException("Not a Dutch postcode: " + value);
        }
        value = normalise(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.trim()).matches();
    }

    /** {@code 1234ab} → {@code 1234 AB}. */
    public static String normalise(String value) {
        String compact = value.trim().replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.length() == 6 ? compact.substring(0, 4) + " " + compact.substring(4) : value.trim();
    }
}
