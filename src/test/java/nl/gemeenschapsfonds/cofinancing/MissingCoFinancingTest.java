package nl.gemeenschapsfonds.cofinancing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

class MissingCoFinancingTest {

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void what_is_missing_per_year_is_what_was_sought_minus_the_confirmed_pledges_of_that_year() {
        SortedMap<Integer, MarketplaceItem.YearMissing> perYear = MissingCoFinancing.perYear(
                Map.of(2027, euros("10000"), 2028, euros("5000")), Map.of(2027, euros("4000")));

        assertThat(perYear.get(2027)).isEqualTo(new MarketplaceItem.YearMissing(euros("10000.00"), euros("4000.00"), euros("6000.00")));
        assertThat(perYear.get(2028)).isEqualTo(new MarketplaceItem.YearMissing(euros("5000.00"), euros("0.00"), euros("5000.00")));
        assertThat(MissingCoFinancing.sought(perYear)).isEqualTo(euros("15000.00"));
        assertThat(MissingCoFinancing.missing(perYear)).isEqualTo(euros("11000.00"));
    }

    @Test
    void a_surplus_in_one_year_is_never_below_zero_and_does_not_fill_another_year() {
        SortedMap<Integer, MarketplaceItem.YearMissing> perYear = MissingCoFinancing.perYear(
                Map.of(2027, euros("1000"), 2028, euros("1000")), Map.of(2027, euros("3000"), 2029, euros("500")));

        assertThat(perYear.get(2027).missing()).isEqualTo(euros("0.00"));
        assertThat(perYear.get(2028).missing()).isEqualTo(euros("1000.00"));
        assertThat(perYear).doesNotContainKey(2029);
        assertThat(MissingCoFinancing.missing(perYear)).isEqualTo(euros("1000.00"));
    }
}
