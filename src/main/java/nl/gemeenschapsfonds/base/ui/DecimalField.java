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

    /** "Not a number" for a number that is no amount of money: its example has no thousands and no cents. */
    static final String NOT_A_NUMBER_PLAIN = "numberField.notANumber.plain";

    private int maxDecimals = 2;
    private boolean negativeAllowed;
    private boolean money = true;

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

    /**
     * Whether the field holds an amount of money (the default). A field of points, a percentage or hours says
     * "such as 15 or 12,5" when the text is no number, not the money example "such as 12500 or 12.500,50".
     */
    public void setMoney(boolean money) {
        this.money = money;
    }

    @Override
    protected BigDecimal parse(String typed, Locale locale) throws NumberText.Refused {
        try {
            return NumberText.decimal(typed, locale, maxDecimals, negativeAllowed);
        } catch (NumberText.Refused refused) {
            throw !money && refused.key().equals(NumberText.NOT_A_NUMBER) ? new NumberText.Refused(NOT_A_NUMBER_PLAIN) : refused;
        }
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
