package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.OidcRoundTrip;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestOidcProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through a real OpenID Connect provider (Spring Security's authorization server in this JVM,
 * {@link TestOidcProvider}) over HTTP, with the registrations of application-test.properties: Zwolle and
 * Deventer staff at one provider, and an eHerkenning broker.
 */
@IntegrationTest
class OidcSignInIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAuthorities authorities;

    @BeforeEach
    void providerRuns() {
        TestOidcProvider.start(port);
        jdbc.sql("insert into authority (code, name, kind) values ('GM0150', 'Gemeente Deventer', 'MUNICIPALITY') on conflict (code) do nothing")
                .update();
    }

    private record Account(long id, Role role, String authorityCode, Long organisationId) {
    }

    private Optional<Account> account(String email) {
        return jdbc.sql("""
                        select u.id, u.role, a.code, u.organisation_id from app_user u left join authority a on a.id = u.authority_id
                        where lower(u.email) = lower(?)""")
                .param(email)
                .query((rs, row) -> new Account(rs.getLong(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                        (Long) rs.getObject(4)))
                .optional();
    }

    private long links(long userId) {
        return jdbc.sql("select count(*) from oidc_link where user_id = ?").param(userId).query(Long.class).single();
    }

    private static String staff(String prefix, String email, List<String> groups) {
        return TestOidcProvider.addUser(TestOidcProvider.newUsername(prefix),
                Map.of("email", email, "name", "Medewerker " + prefix, "groups", groups));
    }

    private URI signIn(String registration, String username) throws Exception {
        return new OidcRoundTrip(port).signIn(registration, username);
    }

    @Test
    void staff_member_signs_in_through_the_municipality_provider_and_gets_the_mapped_role() throws Exception {
        String email = TestOidcProvider.newUsername("bea") + "@zwolle.example";
        String username = staff("bea", email, List.of("zwolle-beoordelaars", "iedereen"));

        URI landed = signIn("zwolle", username);

        assertThat(landed.getPath()).as("the application's start page, not the no-access page").isEqualTo("/");
        Account account = account(email).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.REVIEWER);
        assertThat(account.authorityCode()).isEqualTo("GM0193");
        assertThat(links(account.id())).isEqualTo(1);
    }

    @Test
    void the_role_follows_the_provider_at_every_sign_in_and_the_account_stays_one() throws Exception {
        String email = TestOidcProvider.newUsername("ans") + "@zwolle.example";
        String username = staff("ans", email, List.of("zwolle-beoordelaars"));
        signIn("zwolle", username);
        long first = account(email).orElseThrow().id();

        TestOidcProvider.addUser(username, Map.of("email", email, "name", "Ans", "groups", List.of("zwolle-beheerders")));
        URI landed = signIn("zwolle", username);

        assertThat(landed.getPath()).isEqualTo("/");
        Account account = account(email).orElseThrow();
        assertThat(account.id()).isEqualTo(first);
        assertThat(account.role()).isEqualTo(Role.ADMIN);
        assertThat(links(first)).isEqualTo(1);
    }

    @Test
    void provider_user_without_a_mapped_role_is_refused_and_gets_no_account() throws Exception {
        String email = TestOidcProvider.newUsername("kees") + "@zwolle.example";
        String username = staff("kees", email, List.of("zwolle-receptie"));

        URI landed = signIn("zwolle", username);

        assertThat(landed.getPath()).isEqualTo("/no-access");
        assertThat(landed.getQuery()).isEqualTo("reason=no-role");
        assertThat(account(email)).isEmpty();
    }

    @Test
    void a_registration_never_grants_the_role_or_authority_of_another_authority() throws Exception {
        // one person in groups of two municipalities, at a provider both municipalities use
        String email = TestOidcProvider.newUsername("dirk") + "@ssc.example";
        String username = staff("dirk", email, List.of("zwolle-beoordelaars", "deventer-beheerders"));

        URI viaZwolle = signIn("zwolle", username);

        assertThat(viaZwolle.getPath()).isEqualTo("/");
        Account account = account(email).orElseThrow();
        assertThat(account.role()).as("Deventer's admin group means nothing to Zwolle's registration").isEqualTo(Role.REVIEWER);
        assertThat(account.authorityCode()).isEqualTo("GM0193");

        URI viaDeventer = signIn("deventer", username);

        assertThat(viaDeventer.getPath()).isEqualTo("/no-access");
        assertThat(viaDeventer.getQuery()).isEqualTo("reason=other-authority");
        Account after = account(email).orElseThrow();
        assertThat(after.role()).isEqualTo(Role.REVIEWER);
        assertThat(after.authorityCode()).isEqualTo("GM0193");
    }

    @Test
    void only_a_group_of_another_authority_gives_no_role_here() throws Exception {
        String email = TestOidcProvider.newUsername("eva") + "@deventer.example";
        String username = staff("eva", email, List.of("deventer-beheerders"));

        URI landed = signIn("zwolle", username);

        assertThat(landed.getQuery()).isEqualTo("reason=no-role");
        assertThat(account(email)).isEmpty();
    }

    @Test
    void a_password_account_of_another_authority_is_not_taken_over_by_its_e_mail_address() throws Exception {
        TestAuthorities.Staff deventer = authorities.newAuthority("Deventer-achtig");
        String username = staff("over", deventer.admin(), List.of("zwolle-beheerders"));

        URI landed = signIn("zwolle", username);

        assertThat(landed.getQuery()).isEqualTo("reason=email-taken");
        Account account = account(deventer.admin()).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.ADMIN);
        assertThat(account.authorityCode()).isNotEqualTo("GM0193");
        assertThat(links(account.id())).isZero();
    }

    @Test
    void eherkenning_kvk_claim_links_the_person_to_the_organisation_with_that_kvk_number() throws Exception {
        String applicant = authorities.newApplicant("Buurthuis eHerkenning");
        long organisationId = account(applicant).orElseThrow().organisationId();
        String kvk = jdbc.sql("select kvk_number from organisation where id = ?").param(organisationId).query(String.class).single();
        String email = TestOidcProvider.newUsername("bestuurder") + "@buurthuis.example";
        String pseudonym = TestOidcProvider.addUser(TestOidcProvider.newUsername("eh-pseudoniem"),
                Map.of("email", email, "name", "Bestuurder Buurthuis", "kvk", kvk));

        URI landed = signIn("broker", pseudonym);

        assertThat(landed.getPath()).isEqualTo("/");
        Account account = account(email).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.APPLICANT);
        assertThat(account.organisationId()).isEqualTo(organisationId);
        assertThat(jdbc.sql("select subject from oidc_link where user_id = ?").param(account.id()).query(String.class).single())
                .isEqualTo(pseudonym);

        // the next sign-in finds the same account through the pseudonym
        URI again = signIn("broker", pseudonym);
        assertThat(again.getPath()).isEqualTo("/");
        assertThat(links(account.id())).isEqualTo(1);
    }

    @Test
    void eherkenning_for_an_organisation_that_has_not_registered_makes_no_account_and_starts_its_registration() throws Exception {
        String email = TestOidcProvider.newUsername("nieuw") + "@nieuw.example";
        String kvk = jdbc.sql("select min(n)::text from generate_series(90000000, 90001000) n where n::text not in "
                + "(select kvk_number from organisation where kvk_number is not null)").query(String.class).single();
        String pseudonym = TestOidcProvider.addUser(TestOidcProvider.newUsername("eh-nieuw"),
                Map.of("email", email, "kvk", kvk));

        URI landed = signIn("broker", pseudonym);

        assertThat(landed.getPath()).isEqualTo("/register");
        assertThat(landed.getQuery()).isEqualTo("eherkenning");
        assertThat(account(email)).isEmpty();
    }

    @Test
    void a_registration_that_requires_a_second_factor_refuses_a_sign_in_without_the_required_acr() throws Exception {
        String email = TestOidcProvider.newUsername("mfa") + "@zwolle.example";
        String username = staff("mfa", email, List.of("zwolle-beoordelaars"));

        URI withoutSecondFactor = signIn("zwolle-mfa", username);

        assertThat(withoutSecondFactor.getQuery()).isEqualTo("reason=assurance");
        assertThat(account(email)).isEmpty();

        TestOidcProvider.addUser(username, Map.of("email", email, "groups", List.of("zwolle-beoordelaars"),
                "acr", "urn:gemeenschapsfonds:mfa"));
        URI withSecondFactor = signIn("zwolle-mfa", username);

        assertThat(withSecondFactor.getPath()).isEqualTo("/");
        assertThat(account(email).orElseThrow().role()).isEqualTo(Role.REVIEWER);
    }

    @Test
    void digid_signs_in_the_account_linked_to_its_pseudonym_and_sends_an_unlinked_one_to_the_registration() throws Exception {
        String applicant = authorities.newApplicant("Vereniging DigiD");
        long userId = account(applicant).orElseThrow().id();
        String pseudonym = TestOidcProvider.addUser(TestOidcProvider.newUsername("digid-ps"), Map.of("name", "Dina DigiD"));
        jdbc.sql("insert into oidc_link (issuer, subject, user_id, registration) values (?, ?, ?, 'digid')")
                .params(TestOidcProvider.issuer(), pseudonym, userId).update();

        assertThat(signIn("digid", pseudonym).getPath()).isEqualTo("/");

        String stranger = TestOidcProvider.addUser(TestOidcProvider.newUsername("digid-nieuw"), Map.of());
        URI unlinked = signIn("digid", stranger);
        assertThat(unlinked.getPath()).isEqualTo("/register");
        assertThat(unlinked.getQuery()).isEqualTo("digid");
        assertThat(jdbc.sql("select count(*) from oidc_link where subject = ?").param(stranger).query(Long.class).single()).isZero();
    }

    @Test
    void a_bsn_where_the_pseudonym_belongs_is_refused_and_never_stored() throws Exception {
        // a broker configured wrongly sends the BSN as subject: nine digits that pass the elfproef
        String bsn;
        do {
            bsn = String.valueOf(100_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(899_999_999));
        } while (!Bsn.looksLikeOne(bsn));
        TestOidcProvider.addUser(bsn, Map.of("email", "burger-" + bsn + "@example.org"));

        URI landed = signIn("digid", bsn);

        assertThat(landed.getPath()).isEqualTo("/no-access");
        assertThat(landed.getQuery()).isEqualTo("reason=configuration");
        assertThat(jdbc.sql("select count(*) from oidc_link where subject = ?").param(bsn).query(Long.class).single()).isZero();
    }
}
