package nl.gemeenschapsfonds.fund;

import java.util.List;

/** The budget overview of one fund: per year the fund's budget and per call ceiling, committed, paid and available. */
public record BudgetOverview(long fundId, String fundName, List<BudgetOverviewYear> years) {

    public BudgetOverview {
        years = List.copyOf(years);
    }
}
