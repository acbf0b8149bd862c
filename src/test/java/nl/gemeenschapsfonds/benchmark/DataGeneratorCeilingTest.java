package nl.gemeenschapsfonds.benchmark;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator's ceilings grow with the volume, so the database's ceiling constraint holds at a million applications. */
class DataGeneratorCeilingTest {

    @Test
    void a_small_run_keeps_the_fixed_ceiling_of_five_hundred_million() {
        assertThat(DataGenerator.ceilingFor(BigDecimal.ZERO)).isEqualByComparingTo("500000000");
        assertThat(DataGenerator.ceilingFor(new BigDecimal("400000000"))).isEqualByComparingTo("500000000");
    }

    @Test
    void the_grants_that_broke_the_million_run_fit_under_the_ceiling_they_now_get() {
        // the 2024 call of the failed run: 526,931,050.00 committed against 500,000,000.00
        BigDecimal granted = new BigDecimal("526931050.00");
        BigDecimal ceiling = DataGenerator.ceilingFor(granted);
        assertThat(ceiling).isEqualByComparingTo("633000000").isGreaterThan(granted);
    }
}
