package nl.gemeenschapsfonds.payment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The days on which TARGET2 (and so every SEPA credit transfer) settles: every day except Saturday, Sunday,
 * New Year's Day, Good Friday, Easter Monday, Labour Day (1 May) and 25 and 26 December (ECB, TARGET closing days).
 * A bank executes a transfer only on such a day; a requested date that is not one rolls forward to the next.
 */
public final class Target2Calendar {

    private static final Set<MonthDay> FIXED_CLOSING_DAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    private Target2Calendar() {
    }

    /** Whether TARGET2 is open on this day. */
    public static boolean isBusinessDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        if (FIXED_CLOSING_DAYS.contains(MonthDay.from(day))) {
            return false;
        }
        LocalDate easter = easterSunday(day.getYear());
        return !day.equals(easter.minusDays(2)) && !day.equals(easter.plusDays(1));
    }

    /** This day when TARGET2 is open on it, otherwise the next day it is. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isBusinessDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
