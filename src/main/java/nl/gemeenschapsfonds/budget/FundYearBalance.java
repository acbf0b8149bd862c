package nl.gemeenschapsfonds.budget;

import java.math.BigDecimal;

/** A fund's budget for one year, what the calls reserved of it and what is committed. */
public record FundYearBalance(long fundId, int year, BigDecimal budget, BigDecimal reserved, BigDecimal committed) {

    /** What is not yet reserved by any call: budget − reserved. */
    public BigDecimal unreserved() {
        return budget.subtract(reserved);
    }
}
