package nl.gemeenschapsfonds.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BsnTest {

    @Test
    void a_number_that_passes_the_elfproef_looks_like_a_bsn_and_is_never_taken_for_a_pseudonym() {
        assertThat(Bsn.looksLikeOne("111222333")).isTrue();
        assertThat(Bsn.looksLikeOne("123456782")).isTrue();
        assertThat(Bsn.looksLikeOne("12345672")).as("eight digits, the leading zero left off").isTrue();
    }

    @Test
    void a_broker_pseudonym_does_not_look_like_a_bsn() {
        assertThat(Bsn.looksLikeOne("123456789")).isFalse();
        assertThat(Bsn.looksLikeOne("s-4f9a0c1e-6b7d")).isFalse();
        assertThat(Bsn.looksLikeOne("YWJjZGVmZ2hpamtsbW5vcA")).isFalse();
        assertThat(Bsn.looksLikeOne(null)).isFalse();
    }
}
