package nl.gemeenschapsfonds.register;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationPolicyTest {

    @Test
    void legal_persons_are_named() {
        assertThat(PublicationPolicy.mayName("VERENIGING")).isTrue();
        assertThat(PublicationPolicy.mayName("STICHTING")).isTrue();
        assertThat(PublicationPolicy.mayName("COOPERATIE")).isTrue();
        assertThat(PublicationPolicy.mayName("BV")).isTrue();
    }

    @Test
    void a_legal_form_that_may_be_a_natural_person_or_none_is_never_named() {
        assertThat(PublicationPolicy.mayName("OTHER")).isFalse();
        assertThat(PublicationPolicy.mayName(null)).isFalse();
    }
}
