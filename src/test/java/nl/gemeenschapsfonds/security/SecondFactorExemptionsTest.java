package nl.gemeenschapsfonds.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo staff's exemption from the second factor holds in the demo and stops a production start. */
class SecondFactorExemptionsTest {

    private static final String DEMO_STAFF = "beoordelaar@gemeenschapsfonds.test, Beheerder@gemeenschapsfonds.test";

    @Test
    void the_prod_profile_refuses_to_start_with_the_demo_exemption() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new SecondFactorExemptions(prod, DEMO_STAFF))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SecondFactorExemptions.PROPERTY);
    }

    @Test
    void the_prod_profile_starts_when_the_setting_is_empty_as_application_prod_properties_sets_it() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThat(new SecondFactorExemptions(prod, " ").exempt("beoordelaar@gemeenschapsfonds.test")).isFalse();
    }

    @Test
    void the_embedded_default_exempts_exactly_the_listed_demo_staff() {
        SecondFactorExemptions exemptions = new SecondFactorExemptions(new MockEnvironment(), DEMO_STAFF);
        assertThat(exemptions.exempt("beheerder@gemeenschapsfonds.test")).isTrue();
        assertThat(exemptions.exempt("beoordelaar@gemeenschapsfonds.test")).isTrue();
        assertThat(exemptions.exempt("financien@gemeenschapsfonds.test")).isFalse();
    }
}
