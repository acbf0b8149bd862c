package nl.gemeenschapsfonds.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private static final String EMAIL = "anna.devries@dorpshuis.nl";

    @Test
    void twelve_characters_that_are_not_common_are_enough() {
        assertThat(PasswordPolicy.violation("koffie-bij-de-linde", EMAIL)).isEmpty();
        assertThat(PasswordPolicy.violation("zeer geheim!", EMAIL)).as("exactly 12, with a space").isEmpty();
    }

    @Test
    void eleven_characters_are_too_short() {
        assertThat(PasswordPolicy.violation("zeergeheim!", EMAIL)).hasValue("password.tooShort");
        assertThat(PasswordPolicy.violation("", EMAIL)).hasValue("password.tooShort");
        assertThat(PasswordPolicy.violation(null, EMAIL)).hasValue("password.tooShort");
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        // 11 emoji are 22 UTF-16 chars but only 11 characters
        assertThat(PasswordPolicy.violation("😀".repeat(11), EMAIL)).hasValue("password.tooShort");
        assertThat(PasswordPolicy.violation("😀".repeat(12), EMAIL)).isEmpty();
    }

    @Test
    void more_than_72_bytes_is_too_long_for_bcrypt() {
        assertThat(PasswordPolicy.violation("a".repeat(72), EMAIL)).isEmpty();
        assertThat(PasswordPolicy.violation("a".repeat(73), EMAIL)).hasValue("password.tooLong");
        assertThat(PasswordPolicy.violation("é".repeat(37), EMAIL)).as("74 bytes in UTF-8").hasValue("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "Wachtwoord123", "WelKom123456", "qwertyuiop12", "123456789012",
            "Gemeenschapsfonds", "Welkom-demo-2027", " wachtwoord123 "})
    void common_passwords_are_refused_whatever_their_case(String common) {
        assertThat(PasswordPolicy.violation(common, EMAIL)).hasValue("password.common");
    }

    @Test
    void the_e_mail_address_or_its_name_part_is_not_a_password() {
        assertThat(PasswordPolicy.violation("Anna.deVries@Dorpshuis.nl", EMAIL)).hasValue("password.sameAsEmail");
        assertThat(PasswordPolicy.violation("anna.devries.zwolle", "anna.devries.zwolle@x.nl")).hasValue("password.sameAsEmail");
        assertThat(PasswordPolicy.violation("anna.devries.zwolle!", "anna.devries.zwolle@x.nl")).isEmpty();
    }

    @Test
    void without_an_e_mail_address_the_other_rules_still_apply() {
        assertThat(PasswordPolicy.violation("koffie-bij-de-linde", null)).isEmpty();
        assertThat(PasswordPolicy.violation("password1234", " ")).hasValue("password.common");
    }

    @Test
    void the_shipped_list_holds_no_password_that_would_pass_the_length_rule_unnoticed() {
        // guards the resource: every entry of 12+ characters in it is refused as common
        assertThat(PasswordPolicy.isAcceptable("correcthorsebatterystaple", EMAIL)).isFalse();
        assertThat(PasswordPolicy.isAcceptable("correct horse battery staple", EMAIL)).isTrue();
    }

    @Test
    void a_breached_password_is_refused_from_a_list_of_at_least_ten_thousand() {
        assertThat(PasswordPolicy.breachedListSize()).isGreaterThanOrEqualTo(10_000);
        // 12+ characters, in the breached list (zxcvbn's from Xato's corpus), not in the short common list
        assertThat(PasswordPolicy.violation("LeaveMeAlone", EMAIL)).hasValue("password.breached");
        assertThat(PasswordPolicy.violation("sonyericsson", EMAIL)).hasValue("password.breached");
        assertThat(PasswordPolicy.violation("sonyericsson-on-a-boat", EMAIL)).isEmpty();
    }
}
