package nl.gemeenschapsfonds.base;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final Locale NL = Locale.of("nl", "NL");
    private static final Locale EN = Locale.of("en", "GB");

    @Test
    void amounts_read_the_dutch_way_in_dutch() {
        assertThat(Formats.money(new BigDecimal("1250000"), NL)).isEqualTo("€ 1.250.000,00");
        assertThat(Formats.money(new BigDecimal("0.5"), NL)).isEqualTo("€ 0,50");
        assertThat(Formats.money(new BigDecimal("-1234.567"), NL)).isEqualTo("€ -1.234,57");
    }

    @Test
    void amounts_read_the_english_way_in_english() {
        assertThat(Formats.money(new BigDecimal("1250000"), EN)).isEqualTo("€1,250,000.00");
        assertThat(Formats.money(new BigDecimal("-12.3"), EN)).isEqualTo("-€12.30");
    }

    @Test
    void dates_read_day_month_year() {
        assertThat(Formats.date(LocalDate.of(2026, 11, 28), NL)).isEqualTo("28-11-2026");
        assertThat(Formats.date(LocalDate.of(2027, 1, 5), EN)).isEqualTo("05/01/2027");
        assertThat(Formats.date(null, NL)).isEmpty();
    }
}
