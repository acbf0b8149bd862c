package nl.gemeenschapsfonds.register;

import java.math.BigDecimal;
import java.util.Locale;

/** The grants listed per call and budget year: how many, and the amount granted. */
public record RegisterTotal(long callId, String callTitleNl, String callTitleEn, int year, long grants, BigDecimal granted) {

    public String callTitle(Locale locale) {
        return "en".equals(locale.getLanguage()) ? callTitleEn : callTitleNl;
    }
}
