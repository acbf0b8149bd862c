package nl.gemeenschapsfonds.base;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An International Bank Account Number (ISO 13616), stored compact and upper case:
 * {@code nl91 abna 0417 1643 00} becomes {@code NL91ABNA0417164300}. Valid when the check digits
 * pass mod-97, the length fits the country (for the SEPA countries) and, for a Dutch IBAN, it is
 * {@code NL}, two check digits, a four-letter bank code and ten digits.
 */
public record Iban(String value) {

    private static final Pattern GENERAL = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");
    private static final Pattern DUTCH = Pattern.compile("^NL[0-9]{2}[A-Z]{4}[0-9]{10}$");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    /** IBAN lengths of the SEPA countries; other countries only get the general 15-34 check. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23),
            Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            Map.entry("SM", 27), Map.entry("VA", 22));

    public Iban {
        String compact = compact(value);
        if (!isValidCompact(compact)) {
            // the number itself stays out of the message: exception messages end up in logs
            throw new IllegalArgumentException("Not a valid IBAN");
        }
        value = compact;
    }

    public static boolean isValid(String value) {
        return isValidCompact(compact(value));
    }

    /** Without spaces, in upper case; {@code null} stays {@code null}. */
    public static String compact(String value) {
        return value == null ? null : WHITESPACE.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** In groups of four, as printed on a bank card: {@code NL91 ABNA 0417 1643 00}. */
    public String formatted() {
        StringBuilder grouped = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(value.charAt(i));
        }
        return grouped.toString();
    }

    public String countryCode() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isValidCompact(String compact) {
        if (compact == null || !GENERAL.matcher(compact).matches()) {
            return false;
        }
        String country = compact.substring(0, 2);
        Integer length = LENGTHS.get(country);
        if (length != null && compact.length() != length) {
            return false;
        }
        if ("NL".equals(country) && !DUTCH.matcher(compact).matches()) {
            return false;
        }
        return mod97(compact) == 1;
    }

    /** ISO 7064 mod 97-10 over the rearranged number, letters as 10..35, digit by digit so no big numbers are needed. */
    private static int mod97(String compact) {
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return remainder;
    }
}
