package nl.gemeenschapsfonds.base;

import nl.gemeenschapsfonds.base.i18n.Translations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts and dates as a Dutch or English reader expects them: {@code € 1.250.000,00} and
 * {@code 28-11-2026} in Dutch, {@code €1,250,000.00} and {@code 28/11/2026} in English.
 */
public final class Formats {

    /** Legal dates and receipt times are Dutch local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DUTCH_DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private Formats() {
    }

    public static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        boolean dutch = isDutch(locale);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(dutch ? Translations.DUTCH : Translations.ENGLISH);
        symbols.setGroupingSeparator(dutch ? '.' : ',');
        symbols.setDecimalSeparator(dutch ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = format.format(scaled.abs());
        String sign = scaled.signum() < 0 ? "-" : "";
        return dutch ? "€ " + sign + digits : sign + "€" + digits;
    }

    /** A number with at most two decimals and no trailing zeros: {@code 41,7} in Dutch, {@code 41.7} in English. */
    public static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        boolean dutch = isDutch(locale);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(dutch ? Translations.DUTCH : Translations.ENGLISH);
        symbols.setGroupingSeparator(dutch ? '.' : ',');
        symbols.setDecimalSeparator(dutch ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A percentage as {@link #number} writes it, with the sign: {@code 41,7%} in Dutch, {@code 41.7%} in English. */
    public static String percent(BigDecimal value, Locale locale) {
        return value == null ? "" : number(value, locale) + "%";
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(isDutch(locale) ? DUTCH_DATE : ENGLISH_DATE);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : instant.atZone(ZONE).format(isDutch(locale) ? DUTCH_DATE_TIME : ENGLISH_DATE_TIME);
    }

    public static String datePattern(Locale locale) {
        return isDutch(locale) ? "dd-MM-yyyy" : "dd/MM/yyyy";
    }

    private static boolean isDutch(Locale locale) {
        return Translations.supported(locale).equals(Translations.DUTCH);
    }
}
