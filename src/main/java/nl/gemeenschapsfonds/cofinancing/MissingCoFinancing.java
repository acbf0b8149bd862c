package nl.gemeenschapsfonds.cofinancing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What co-financing a project still misses, year by year (pure Java, {@code MissingCoFinancingTest}): per year the
 * amount the applicant said is missing, minus what the confirmed (received, verified) pledges of that year bring,
 * never below zero. Pledges not yet confirmed do not count: a promise without a letter of commitment does not close
 * the gap, and a surplus in one year does not fill another.
 */
final class MissingCoFinancing {

    private MissingCoFinancing() {
    }

    /** Per year the applicant named: sought, confirmed and still missing, in euros with cents. */
    static SortedMap<Integer, MarketplaceItem.YearMissing> perYear(Map<Integer, BigDecimal> sought,
                                                                   Map<Integer, BigDecimal> confirmedPerYear) {
        SortedMap<Integer, MarketplaceItem.YearMissing> perYear = new TreeMap<>();
        sought.forEach((year, amount) -> {
            BigDecimal confirmed = money(confirmedPerYear.getOrDefault(year, BigDecimal.ZERO));
            perYear.put(year, new MarketplaceItem.YearMissing(money(amount), confirmed,
                    money(amount.subtract(confirmed).max(BigDecimal.ZERO))));
        });
        return perYear;
    }

    static BigDecimal sought(Map<Integer, MarketplaceItem.YearMissing> perYear) {
        return money(perYear.values().stream().map(MarketplaceItem.YearMissing::sought).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static BigDecimal missing(Map<Integer, MarketplaceItem.YearMissing> perYear) {
        return money(perYear.values().stream().map(MarketplaceItem.YearMissing::missing).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
