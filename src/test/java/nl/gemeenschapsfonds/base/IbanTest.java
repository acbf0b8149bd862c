package nl.gemeenschapsfonds.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IbanTest {

    @Test
    void a_correct_dutch_iban_is_accepted_and_stored_compact() {
        assertThat(new Iban("NL91ABNA0417164300").value()).isEqualTo("NL91ABNA0417164300");
        assertThat(Iban.isValid("NL91ABNA0417164300")).isTrue();
    }

    @Test
    void spaces_and_lower_case_as_people_type_them_are_accepted() {
        assertThat(new Iban(" nl91 abna 0417 1643 00 ").value()).isEqualTo("NL91ABNA0417164300");
        assertThat(new Iban("NL91\u00A0ABNA\t0417164300").value()).isEqualTo("NL91ABNA0417164300");
    }

    @Test
    void one_digit_changed_is_refused_by_the_check_digits() {
        assertThat(Iban.isValid("NL91ABNA0417164301")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Iban("NL91ABNA0417164301"));
    }

    @Test
    void two_digits_swapped_are_refused_by_the_check_digits() {
        assertThat(Iban.isValid("NL91ABNA0417146300")).isFalse();
        assertThat(Iban.isValid("NL19ABNA0417164300")).isFalse();
    }

    @Test
    void a_dutch_iban_needs_eighteen_characters_even_when_the_check_digits_fit() {
        // both pass mod-97 (check digits computed for them), but a Dutch IBAN has a 10-digit account number
        assertThat(Iban.isValid("NL58ABNA041716430")).isFalse();
        assertThat(Iban.isValid("NL06ABNA04171643001")).isFalse();
    }

    @Test
    void a_dutch_iban_needs_a_four_letter_bank_code_even_when_the_check_digits_fit() {
        assertThat(Iban.isValid("NL251BNA0417164300")).isFalse();
    }

    @Test
    void ibans_of_other_countries_are_checked_by_their_check_digits_and_length() {
        assertThat(Iban.isValid("DE89370400440532013000")).isTrue();
        assertThat(Iban.isValid("BE68539007547034")).isTrue();
        assertThat(Iban.isValid("GB82WEST12345698765432")).isTrue();
        assertThat(Iban.isValid("DE863704004405320130")).as("mod-97 fits, but a German IBAN has 22 characters").isFalse();
        assertThat(Iban.isValid("SA0380000000608010167519")).as("outside SEPA: check digits only").isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "NL", "NL91", "91ABNA0417164300NL", "NLXXABNA0417164300", "NL91ABNA041716430$",
            "NL91-ABNA-0417-1643-00", "ABNA0417164300"})
    void anything_that_is_not_an_iban_is_refused(String input) {
        assertThat(Iban.isValid(input)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Iban(input));
    }

    @Test
    void the_refusal_does_not_repeat_the_account_number_in_the_logs() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Iban("NL91ABNA0417164301"))
                .withMessageNotContaining("0417164301");
    }

    @Test
    void formatted_in_groups_of_four_as_on_a_bank_card() {
        assertThat(new Iban("NL91ABNA0417164300").formatted()).isEqualTo("NL91 ABNA 0417 1643 00");
        assertThat(new Iban("BE68539007547034").formatted()).isEqualTo("BE68 5390 0754 7034");
        assertThat(new Iban("nl91abna0417164300").countryCode()).isEqualTo("NL");
    }

    @Test
    void equal_numbers_typed_differently_are_the_same_iban() {
        assertThat(new Iban("nl91 abna 0417 1643 00")).isEqualTo(new Iban("NL91ABNA0417164300"));
    }
}
