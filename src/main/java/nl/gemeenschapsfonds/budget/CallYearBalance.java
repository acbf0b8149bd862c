package nl.gemeenschapsfonds.budget;

import java.math.BigDecimal;

/** The balance of one call in one year: its ceiling and what was committed, paid and repaid against it. */
public record CallYearBalance(long callId, int year, long fundId, BigDecimal ceiling, BigDecimal committed,
                              BigDecimal paid, BigDecimal repaid) {

    /** What can still be granted: ceiling − committed. */
    public BigDecimal available() {
        return ceiling.subtract(committed);
    }

    /** Paid minus repaid. */
    public BigDecimal netPaid() {
        return paid.subtract(repaid);
    }
}
