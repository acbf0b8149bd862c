package nl.gemeenschapsfonds.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KvkNumberTest {

    @Test
    void eight_digits_are_a_kvk_number() {
        assertThat(new KvkNumber("40123456").value()).isEqualTo("40123456");
        assertThat(KvkNumber.isValid("40123456")).isTrue();
    }

    @Test
    void a_leading_zero_is_kept() {
        assertThat(new KvkNumber("01234567").value()).isEqualTo("01234567");
    }

    @Test
    void spaces_around_and_between_the_digits_are_dropped() {
        assertThat(new KvkNumber(" 4012 3456 ").value()).isEqualTo("40123456");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "4012345", "401234567", "4012345a", "40.12.34.56", "40-123456", "-4012345",
            "\u0664\u0660\u0661\u0662\u0663\u0664\u0665\u0666"})
    void seven_or_nine_digits_letters_punctuation_and_non_ascii_digits_are_refused(String input) {
        assertThat(KvkNumber.isValid(input)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new KvkNumber(input));
    }
}
