package nl.gemeenschapsfonds.base.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount in euros, hours or a percentage, typed as the user's language writes it
 * ({@code 12.500,50}); at most two decimals and not negative unless allowed.
 * Refuses what is not a number at the field and keeps the text (see {@link TypedNumberField}).
 */
public class DecimalField extends TypedNumberField<DecimalField, BigDecimal> {

    private int maxDecimals = 2;
    private boolean negativeAllowed;

    public DecimalField() {
    }

    public DecimalField(String label) {
        setLabel(label);
    }

    public void setMaximumFractionDigits(int maxDecimals) {
        this.maxDecimals = maxDecimals;
    }

    public void setNegativeAllowed(boolean negativeAllowed) {
        this.negativeAllowed = negativeAllowed;
    }

    @Override
    protected BigDecimal parse(String typed, Locale locale) throws NumberText.Refused {
        return NumberText.decimal(typed, locale, maxDecimals, negativeAllowed);
    }

    @Override
    protected String format(BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        // 12500 reads "12.500", 12500.5 reads "12.500,50": what is typed back reads the same
        format.setMinimumFractionDigits(value.stripTrailingZeros().scale() > 0 ? Math.min(2, maxDecimals) : 0);
        format.setMaximumFractionDigits(Math.max(2, maxDecimals));
        return format.format(value);
    }
}
