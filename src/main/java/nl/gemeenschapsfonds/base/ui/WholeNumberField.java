package nl.gemeenschapsfonds.base.ui;

import java.math.BigInteger;
import java.util.Locale;

/**
 * A whole number (a year, visitors per week, days, a score), refused at the field with a message
 * when the text is not one, and the text kept (see {@link TypedNumberField}).
 */
public class WholeNumberField extends TypedNumberField<WholeNumberField, Integer> {

    public WholeNumberField() {
    }

    public WholeNumberField(String label) {
        setLabel(label);
    }

    @Override
    protected Integer parse(String typed, Locale locale) throws NumberText.Refused {
        BigInteger value = NumberText.whole(typed, locale, getMin() != null && getMin() < 0);
        if (value == null) {
            return null;
        }
        if (value.bitLength() > 31) {
            throw new NumberText.Refused("numberField.tooLarge");
        }
        return value.intValue();
    }

    @Override
    protected String format(Integer value, Locale locale) {
        // no grouping: a year reads 2027, not 2.027
        return value.toString();
    }

    /** Vaadin's WholeNumberField has a step; a whole number field needs none, kept so forms read the same. */
    public void setStepButtonsVisible(boolean visible) {
        // a text field has no step buttons
    }
}
