package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.fund.FinancingFigures;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The cost budget and the financing plan together, with the totals the applicant and the reviewer
 * look at. The plan balances when the total costs equal the grant asked plus the co-financing.
 */
public record FinancingPlan(List<CostLine> costs, List<FinancingLine> financing) {

    public FinancingPlan {
        costs = List.copyOf(costs);
        financing = List.copyOf(financing);
    }

    public BigDecimal totalCosts() {
        return sum(costs.stream().map(CostLine::amount).toList());
    }

    public BigDecimal grant() {
        return financed(line -> line.source() == FundingSource.GRANT);
    }

    public BigDecimal coFinancing() {
        return financed(line -> line.source() != FundingSource.GRANT);
    }

    public BigDecimal totalFinancing() {
        return financed(line -> true);
    }

    public BigDecimal privateFunding() {
        return financed(line -> line.source().isPrivate());
    }

    public BigDecimal municipal() {
        return financed(line -> line.source() == FundingSource.MUNICIPALITY);
    }

    public BigDecimal inKind() {
        return financed(line -> line.source() == FundingSource.IN_KIND);
    }

    /** Costs minus financing: zero when the plan balances, positive when money is missing. */
    public BigDecimal gap() {
        return totalCosts().subtract(totalFinancing());
    }

    public boolean balances() {
        return totalCosts().signum() > 0 && gap().signum() == 0;
    }

    /** The grant asked per year. */
    public SortedMap<Integer, BigDecimal> grantPerYear() {
        SortedMap<Integer, BigDecimal> perYear = new TreeMap<>();
        financing.stream().filter(line -> line.source() == FundingSource.GRANT && line.amount() != null)
                .forEach(line -> perYear.merge(line.year(), line.amount(), BigDecimal::add));
        return perYear;
    }

    public SortedMap<Integer, BigDecimal> costsPerYear() {
        SortedMap<Integer, BigDecimal> perYear = new TreeMap<>();
        costs.stream().filter(line -> line.amount() != null)
                .forEach(line -> perYear.merge(line.year(), line.amount(), BigDecimal::add));
        return perYear;
    }

    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        costs.forEach(line -> years.add(line.year()));
        financing.forEach(line -> years.add(line.year()));
        return years;
    }

    /** The figures the call's co-financing rules are checked against. */
    public FinancingFigures figures() {
        return new FinancingFigures(totalCosts(), grant(), municipal(),
                financed(line -> line.source() == FundingSource.PRIVATE_FUNDER),
                financed(line -> line.source() == FundingSource.OWN_FUNDS), inKind());
    }

    private BigDecimal financed(Predicate<FinancingLine> which) {
        return sum(financing.stream().filter(which).map(FinancingLine::amount).toList());
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
