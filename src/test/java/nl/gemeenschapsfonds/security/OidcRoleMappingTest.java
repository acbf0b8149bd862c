package nl.gemeenschapsfonds.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OidcRoleMappingTest {

    private final OidcRoleMapping mapping = new OidcRoleMapping("groups",
            Map.of("beoordelaars", Role.REVIEWER, "budgethouders", Role.DECISION_MAKER, "beheer", Role.ADMIN));

    @Test
    void a_mapped_group_gives_its_role() {
        assertThat(mapping.roleFor(Map.of("groups", List.of("iedereen", "budgethouders")))).contains(Role.DECISION_MAKER);
    }

    @Test
    void no_mapped_group_gives_no_role() {
        assertThat(mapping.roleFor(Map.of("groups", List.of("iedereen")))).isEmpty();
        assertThat(mapping.roleFor(Map.of())).isEmpty();
        assertThat(mapping.roleFor(Map.of("roles", List.of("beheer")))).as("another claim is not read").isEmpty();
    }

    @Test
    void several_mapped_groups_give_the_role_with_the_least_power() {
        assertThat(mapping.roleFor(Map.of("groups", List.of("beheer", "beoordelaars")))).contains(Role.REVIEWER);
    }

    @Test
    void a_claim_sent_as_one_string_is_read_too() {
        assertThat(mapping.roleFor(Map.of("groups", "beheer"))).contains(Role.ADMIN);
        assertThat(mapping.roleFor(Map.of("groups", "iedereen beoordelaars"))).contains(Role.REVIEWER);
    }

    @Test
    void a_staff_registration_cannot_map_to_an_applicant_or_funder_role_nor_go_without_an_authority() {
        var toApplicant = new OidcProperties.Registration(null, "X", "https://idp.example", null, "client", "secret", null,
                null, null, null, Map.of("burgers", Role.APPLICANT), "GM0193", null, null, null, null);
        assertThatThrownBy(() -> new OidcProperties(Map.of("x", toApplicant)))
                .hasMessageContaining("can only give REVIEWER, DECISION_MAKER, FINANCE or ADMIN");
        var withoutAuthority = new OidcProperties.Registration(null, "X", "https://idp.example", null, "client", "secret", null,
                null, null, null, Map.of("beheer", Role.ADMIN), null, null, null, null, null);
        assertThatThrownBy(() -> new OidcProperties(Map.of("x", withoutAuthority)))
                .hasMessageContaining("app.oidc.registrations.x.authority");
    }

    @Test
    void without_registrations_there_is_no_way_in_besides_the_password_and_no_button() {
        OidcProperties none = new OidcProperties(null);
        assertThat(new OidcSignIns(none, new OidcClientRegistrations(none), null, null).options()).isEmpty();
        assertThat(new OidcClientRegistrations(none).findByRegistrationId("zwolle")).isNull();
    }
}
