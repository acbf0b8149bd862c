package nl.gemeenschapsfonds.fund;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Locale;

/** An assessment criterion of a call: name, weight (a percentage; a call's weights add up to 100) and maximum score. */
@Embeddable
public record Criterion(String nameNl, String nameEn, BigDecimal weight, int maxScore) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
