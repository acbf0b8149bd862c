package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * One call in one year of the budget overview: its ceiling, what is committed and paid (net of
 * repayments) against it, and what it can still grant.
 */
public record BudgetOverviewRow(long callId, String titleNl, String titleEn, BigDecimal ceiling, BigDecimal committed,
                                BigDecimal paid, BigDecimal available) {

    public BudgetOverviewRow {
        Objects.requireNonNull(ceiling);
        Objects.requireNonNull(committed);
        Objects.requireNonNull(paid);
        Objects.requireNonNull(available);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleNl;
    }
}
