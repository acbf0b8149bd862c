package nl.gemeenschapsfonds.base.ui;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a number as a person types it, in their language: {@code 12500}, {@code 12.500}, {@code 12.500,50}
 * (Dutch) or {@code 12,500.50} (English), with or without a euro sign or spaces. Anything else is refused
 * with the reason, never read as something else: {@code 12k500} is not 12500 and {@code abc} is not empty.
 */
public final class NumberText {

    /** Why a text is not a number; {@link #key()} is the translation key of the message at the field. */
    public static final class Refused extends Exception {
        private final String key;

        public Refused(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    static final String NOT_A_NUMBER = "numberField.notANumber";
    static final String NOT_WHOLE = "numberField.notWhole";
    static final String TOO_MANY_DECIMALS = "numberField.tooManyDecimals";
    static final String NEGATIVE = "numberField.negative";

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private NumberText() {
    }

    /** The decimal number typed, {@code null} when nothing is typed. */
    public static BigDecimal decimal(String text, Locale locale, int maxDecimals, boolean negativeAllowed) throws Refused {
        String s = clean(text);
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        char grouping = decimal == ',' ? '.' : ',';
        String whole = s;
        String fraction = "";
        int at = s.lastIndexOf(decimal);
        if (at >= 0) {
            whole = s.substring(0, at);
            fraction = s.substring(at + 1);
        } else {
            int other = s.lastIndexOf(grouping);
            // "12.5" or "12500.50" in Dutch: no group of three follows, so the dot can only be meant as a decimal point
            if (other >= 0 && s.indexOf(grouping) == other && s.length() - other - 1 <= 2) {
                whole = s.substring(0, other);
                fraction = s.substring(other + 1);
            }
        }
        if (at >= 0 && fraction.isEmpty() || !fraction.isEmpty() && !DIGITS.matcher(fraction).matches()) {
            throw new Refused(NOT_A_NUMBER);
        }
        whole = wholeDigits(whole.isEmpty() && !fraction.isEmpty() ? "0" : whole, grouping);
        if (fraction.length() > maxDecimals) {
            throw new Refused(maxDecimals == 0 ? NOT_WHOLE : TOO_MANY_DECIMALS);
        }
        if (negative && !negativeAllowed) {
            throw new Refused(NEGATIVE);
        }
        BigDecimal value = new BigDecimal(whole + (fraction.isEmpty() ? "" : "." + fraction));
        return negative ? value.negate() : value;
    }

    /** The whole number typed, {@code null} when nothing is typed. */
    public static BigInteger whole(String text, Locale locale, boolean negativeAllowed) throws Refused {
        BigDecimal value;
        try {
            value = decimal(text, locale, 0, negativeAllowed);
        } catch (Refused refused) {
            // "ongeveer 40" is no whole number: say what a whole number looks like
            throw refused.key().equals(NOT_A_NUMBER) ? new Refused(NOT_WHOLE) : refused;
        }
        return value == null ? null : value.toBigIntegerExact();
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        if (s.startsWith("€")) {
            s = s.substring(1);
        }
        s = s.replace(" ", "").replace('\u2212', '-');
        if (s.startsWith("€")) {
            s = s.substring(1);
        }
        return s;
    }

    /** Digits, or digits in groups of three separated by the grouping character (12.500.000). */
    private static String wholeDigits(String whole, char grouping) throws Refused {
        if (DIGITS.matcher(whole).matches()) {
            return whole;
        }
        String g = Pattern.quote(String.valueOf(grouping));
        if (Pattern.matches("\\d{1,3}(" + g + "\\d{3})+", whole)) {
            return whole.replace(String.valueOf(grouping), "");
        }
        throw new Refused(NOT_A_NUMBER);
    }
}
