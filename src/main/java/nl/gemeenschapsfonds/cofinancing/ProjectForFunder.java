package nl.gemeenschapsfonds.cofinancing;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A project page for a funder: the marketplace facts, the financing plan's totals and the funder's own
 * pledges. Other funders' pledges appear only in the total pledged, never one by one. {@code condition} is the
 * grant's co-financing condition, or null.
 */
public record ProjectForFunder(MarketplaceItem project, SortedMap<Integer, BigDecimal> costsPerYear,
                               BigDecimal grant, BigDecimal municipal, BigDecimal coFinancing, BigDecimal privateFunding,
                               SortedSet<Integer> years, boolean openForPledges, List<PledgeItem> myPledges,
                               CoFinancingCondition condition) {
}
