package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.util.SortedMap;

/** A fund as a row in a list: its budget per year and how many calls it has. */
public record FundListItem(long id, String name, SortedMap<Integer, BigDecimal> yearBudgets, int callCount) {

    public BigDecimal totalBudget() {
        return yearBudgets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
