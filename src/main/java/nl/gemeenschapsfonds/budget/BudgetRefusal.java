package nl.gemeenschapsfonds.budget;

import java.math.BigDecimal;

/**
 * Why the ledger refused a movement, with the figure the user needs to understand it (the amount
 * still available, already committed or already reserved).
 */
public record BudgetRefusal(Reason reason, int year, BigDecimal figure) {

    public enum Reason {
        /** The commitment would pass the call's ceiling for the year (Awb 4:25). */
        CEILING_REACHED,
        /** The call has no ceiling for that year. */
        NO_CEILING_FOR_YEAR,
        /** The commitment or reservation would pass the fund's budget for the year. */
        FUND_BUDGET_EXCEEDED,
        /** The fund has no budget for that year. */
        NO_BUDGET_FOR_YEAR,
        /** A ceiling cannot be lowered below what is already committed against it. */
        BELOW_COMMITTED,
        /** A fund's year budget cannot be lowered below what its calls reserved. */
        BELOW_RESERVED,
        /** More would be released than is committed, or repaid than was paid. */
        MORE_THAN_BOOKED
    }
}
