package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * One year of a fund's budget overview: the council's budget, what the calls reserved of it (the
 * sum of their ceilings), and the calls with their figures. The totals are the sums of the calls.
 */
public record BudgetOverviewYear(int year, BigDecimal budget, BigDecimal reserved, List<BudgetOverviewRow> calls) {

    public BudgetOverviewYear {
        calls = List.copyOf(calls);
    }

    /** What no call has reserved yet: budget − reserved. */
    public BigDecimal unreserved() {
        return budget.subtract(reserved);
    }

    public BigDecimal totalCeiling() {
        return sum(BudgetOverviewRow::ceiling);
    }

    public BigDecimal totalCommitted() {
        return sum(BudgetOverviewRow::committed);
    }

    public BigDecimal totalPaid() {
        return sum(BudgetOverviewRow::paid);
    }

    public BigDecimal totalAvailable() {
        return sum(BudgetOverviewRow::available);
    }

    private BigDecimal sum(Function<BudgetOverviewRow, BigDecimal> figure) {
        return calls.stream().map(figure).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
