package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;

/** A fund as the fund editor shows and saves it: name, description and the council's budget per year. */
public record FundData(Long id, long version, String name, String description, SortedMap<Integer, BigDecimal> budgets) {

    public FundData {
        budgets = budgets == null ? new TreeMap<>() : new TreeMap<>(budgets);
    }

    public static FundData newFund() {
        return new FundData(null, 0, "", "", new TreeMap<>());
    }
}
