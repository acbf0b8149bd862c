package nl.gemeenschapsfonds.base.ui;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberTextTest {

    private static final Locale NL = Locale.of("nl", "NL");
    private static final Locale EN = Locale.of("en", "GB");

    private static BigDecimal nl(String text) throws NumberText.Refused {
        return NumberText.decimal(text, NL, 2, false);
    }

    @Test
    void amounts_are_read_as_a_dutch_person_writes_them() throws Exception {
        assertThat(nl("12500")).isEqualByComparingTo("12500");
        assertThat(nl("12.500")).isEqualByComparingTo("12500");
        assertThat(nl("12.500,50")).isEqualByComparingTo("12500.50");
        assertThat(nl("€ 1.234.567,8")).isEqualByComparingTo("1234567.80");
        assertThat(nl(" 12 500 ")).isEqualByComparingTo("12500");
        assertThat(nl(",5")).isEqualByComparingTo("0.5");
        assertThat(nl("")).isNull();
        assertThat(nl("   ")).isNull();
    }

    @Test
    void a_dot_without_a_group_of_three_after_it_can_only_be_a_decimal_point() throws Exception {
        assertThat(nl("12.5")).isEqualByComparingTo("12.5");
        assertThat(nl("12500.50")).isEqualByComparingTo("12500.50");
    }

    @Test
    void english_uses_the_comma_for_thousands() throws Exception {
        assertThat(NumberText.decimal("12,500.50", EN, 2, false)).isEqualByComparingTo("12500.50");
        assertThat(NumberText.decimal("12,500", EN, 2, false)).isEqualByComparingTo("12500");
    }

    @Test
    void letters_and_other_characters_are_refused_never_dropped() {
        for (String text : new String[] {"12k500", "abc", "12,500.50", "1.2345", "1e5", "12,", "-", "12..500", "0x10", "12.50.1"}) {
            assertThatThrownBy(() -> nl(text)).as(text).isInstanceOfSatisfying(NumberText.Refused.class,
                    refused -> assertThat(refused.key()).isEqualTo(NumberText.NOT_A_NUMBER));
        }
    }

    @Test
    void more_than_two_decimals_and_negative_amounts_are_refused_with_their_reason() throws Exception {
        assertThatThrownBy(() -> nl("12,345")).isInstanceOfSatisfying(NumberText.Refused.class,
                refused -> assertThat(refused.key()).isEqualTo(NumberText.TOO_MANY_DECIMALS));
        assertThatThrownBy(() -> nl("-5")).isInstanceOfSatisfying(NumberText.Refused.class,
                refused -> assertThat(refused.key()).isEqualTo(NumberText.NEGATIVE));
        assertThat(NumberText.decimal("-5", NL, 2, true)).isEqualByComparingTo("-5");
    }

    @Test
    void whole_numbers_refuse_decimals() throws Exception {
        assertThat(NumberText.whole("2027", NL, false)).isEqualTo(java.math.BigInteger.valueOf(2027));
        assertThat(NumberText.whole("1.000", NL, false)).isEqualTo(java.math.BigInteger.valueOf(1000));
        assertThatThrownBy(() -> NumberText.whole("2,5", NL, false)).isInstanceOfSatisfying(NumberText.Refused.class,
                refused -> assertThat(refused.key()).isEqualTo(NumberText.NOT_WHOLE));
        assertThatThrownBy(() -> NumberText.whole("ongeveer 40", NL, false)).isInstanceOfSatisfying(NumberText.Refused.class,
                refused -> assertThat(refused.key()).isEqualTo(NumberText.NOT_WHOLE));
    }
}
