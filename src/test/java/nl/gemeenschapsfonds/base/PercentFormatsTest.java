package nl.gemeenschapsfonds.base;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Percentages and plain numbers as the reader's language writes them (issue 13: "41.7%" in the Dutch UI). */
class PercentFormatsTest {

    private static final Locale NL = Locale.of("nl", "NL");
    private static final Locale EN = Locale.of("en", "GB");

    @Test
    void a_percentage_has_a_decimal_comma_in_dutch_and_a_point_in_english() {
        assertThat(Formats.percent(new BigDecimal("41.7"), NL)).isEqualTo("41,7%");
        assertThat(Formats.percent(new BigDecimal("41.7"), EN)).isEqualTo("41.7%");
    }

    @Test
    void trailing_zeros_are_left_off_and_at_most_two_decimals_are_shown() {
        assertThat(Formats.number(new BigDecimal("20.00"), NL)).isEqualTo("20");
        assertThat(Formats.number(new BigDecimal("66.665"), NL)).isEqualTo("66,67");
        assertThat(Formats.number(new BigDecimal("1234.5"), NL)).isEqualTo("1.234,5");
        assertThat(Formats.number(new BigDecimal("1234.5"), EN)).isEqualTo("1,234.5");
        assertThat(Formats.percent(null, NL)).isEmpty();
    }
}
