package nl.gemeenschapsfonds.base;

import java.math.BigDecimal;

/** Money amounts as the database stores them ({@code numeric(14, 2)}): euros with at most two decimals. */
public final class Amounts {

    /** The largest amount a money column holds; a larger one would fail in the database, not at the field. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Amounts() {
    }

    /** Whether the amount fits a money column: at most {@link #MAX} either way, at most two decimals. */
    public static boolean storable(BigDecimal amount) {
        return amount.abs().compareTo(MAX) <= 0 && amount.stripTrailingZeros().scale() <= 2;
    }
}
