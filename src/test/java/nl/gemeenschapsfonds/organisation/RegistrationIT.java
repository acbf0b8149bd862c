package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.EmailNotConfirmedException;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Self-registration end to end: the service, the mail over SMTP (GreenMail on port 3025), the link, the confirmation. */
@IntegrationTest
class RegistrationIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final Locale ENGLISH = Locale.of("en", "GB");
    private static final String PASSWORD = "koffie-bij-de-linde";

    @Autowired
    Registrations registrations;

    @Autowired
    EmailConfirmations confirmations;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    OrganisationProfiles profiles;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private static String newAddress() {
        return "nieuw-" + UUID.randomUUID().toString().substring(0, 8) + "@vereniging.test";
    }

    private String register(String email, Locale locale) {
        registrations.register(new RegistrationData(email, "Piet Jansen", "Vereniging Buurthuis Oost", PASSWORD, PASSWORD, locale));
        return email;
    }

    @Test
    void a_new_applicant_registers_gets_the_link_by_mail_and_confirms_the_address() throws Exception {
        String email = register(newAddress(), DUTCH);

        MailBox.Received mail = MailBox.mailTo(greenMail, email);
        assertThat(mail.subject()).isEqualTo("Bevestig uw e-mailadres voor het Gemeenschapsfonds");
        assertThat(mail.text()).startsWith("Beste Piet Jansen,").contains("48 uur geldig");
        String token = mail.token("confirm");
        assertThat(accounts.isConfirmed(email)).isFalse();

        confirmations.confirm(token);

        assertThat(accounts.isConfirmed(email)).isTrue();
    }

    @Test
    void registration_creates_the_organisation_with_its_first_user_as_applicant() throws Exception {
        String email = register(newAddress(), DUTCH);
        AppUser user = accounts.findByEmail(email).orElseThrow();
        assertThat(user.getRole()).isEqualTo(Role.APPLICANT);
        assertThat(user.getDisplayName()).isEqualTo("Piet Jansen");
        assertThat(jdbc.sql("select legal_name from organisation where id = ?").param(user.getOrganisationId())
                .query(String.class).single()).isEqualTo("Vereniging Buurthuis Oost");
        assertThat(authorities.as(email, () -> profiles.missingFields(user.getOrganisationId())))
                .as("the rest of the profile is filled in later")
                .contains("organisation.kvkNumber", "organisation.iban").doesNotContain("organisation.legalName");
    }

    @Test
    void an_unconfirmed_applicant_may_sign_in_but_not_submit() throws Exception {
        String email = register(newAddress(), DUTCH);
        UserDetails principal = userDetails.loadUserByUsername(email);
        assertThat(principal.isEnabled()).isTrue();
        assertThat(principal.isAccountNonLocked()).isTrue();

        authorities.as(email, () -> assertThatThrownBy(currentUser::requireConfirmedEmail)
                .isInstanceOf(EmailNotConfirmedException.class));

        confirmations.confirm(MailBox.mailTo(greenMail, email).token("confirm"));
        // the same signed-in session counts as confirmed at once: the flag is read from the database
        authorities.as(email, () -> {
            currentUser.requireConfirmedEmail();
            assertThat(currentUser.isEmailConfirmed()).isTrue();
        });
    }

    @Test
    void the_confirmation_mail_is_in_english_when_the_applicant_registered_in_english() throws Exception {
        String email = register(newAddress(), ENGLISH);

        MailBox.Received mail = MailBox.mailTo(greenMail, email);
        assertThat(mail.subject()).isEqualTo("Confirm your e-mail address for the Gemeenschapsfonds");
        assertThat(mail.text()).startsWith("Dear Piet Jansen,").contains("valid for 48 hours");
        assertThat(accounts.findByEmail(email).orElseThrow().getPreferredLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void a_confirmation_link_works_only_once() throws Exception {
        String email = register(newAddress(), DUTCH);
        String token = MailBox.mailTo(greenMail, email).token("confirm");
        confirmations.confirm(token);

        assertThatThrownBy(() -> confirmations.confirm(token)).isInstanceOfSatisfying(TokenRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(TokenRefusedException.Reason.USED));
    }

    @Test
    void an_expired_confirmation_link_is_refused_and_a_new_one_can_be_sent() throws Exception {
        String email = register(newAddress(), DUTCH);
        String token = MailBox.mailTo(greenMail, email).token("confirm");
        jdbc.sql("""
                update email_token set created_at = now() - interval '49 hours', expires_at = now() - interval '1 hour'
                where token_hash = ?""").param(EmailTokens.hash(token)).update();

        assertThatThrownBy(() -> confirmations.confirm(token)).isInstanceOfSatisfying(TokenRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(TokenRefusedException.Reason.EXPIRED));
        assertThat(accounts.isConfirmed(email)).isFalse();

        greenMail.reset();
        authorities.as(email, () -> confirmations.resendConfirmation());
        String fresh = MailBox.mailTo(greenMail, email).token("confirm");
        assertThat(fresh).isNotEqualTo(token);
        confirmations.confirm(fresh);
        assertThat(accounts.isConfirmed(email)).isTrue();
    }

    @Test
    void a_mistyped_or_cut_off_link_is_refused_as_unknown() {
        for (String token : new String[]{null, "", "abc", "x".repeat(43), "'; drop table email_token; --"}) {
            assertThatThrownBy(() -> confirmations.confirm(token)).isInstanceOfSatisfying(TokenRefusedException.class,
                    refused -> assertThat(refused.reason()).isEqualTo(TokenRefusedException.Reason.UNKNOWN));
        }
    }

    @Test
    void only_the_hash_of_a_token_is_stored() throws Exception {
        String email = register(newAddress(), DUTCH);
        String token = MailBox.mailTo(greenMail, email).token("confirm");
        assertThat(jdbc.sql("select count(*) from email_token where token_hash = ?").param(EmailTokens.hash(token))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from email_token where token_hash = ? or email = ?")
                .params(token, token).query(Long.class).single()).isZero();
    }

    @Test
    void registering_an_address_that_has_an_account_creates_nothing_and_tells_its_owner_by_mail() throws Exception {
        long organisations = jdbc.sql("select count(*) from organisation").query(Long.class).single();

        registrations.register(new RegistrationData(DemoUsers.APPLICANT.toUpperCase(Locale.ROOT), "Indringer", "Nep BV",
                PASSWORD, PASSWORD, ENGLISH));

        MailBox.Received mail = MailBox.mailTo(greenMail, DemoUsers.APPLICANT);
        assertThat(mail.subject()).as("in the owner's language, not the visitor's").isEqualTo("Poging tot registratie met uw e-mailadres");
        assertThat(mail.text()).contains("U heeft al een account").contains("http://localhost:8080/login")
                .doesNotContain("confirm?token");
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(organisations);
        assertThat(accounts.findByEmail(DemoUsers.APPLICANT).orElseThrow().getDisplayName()).isEqualTo("Anna de Vries");
    }

    @Test
    void a_refused_registration_names_each_field_and_sends_nothing() throws Exception {
        String email = newAddress();
        assertThatThrownBy(() -> registrations.register(new RegistrationData("geen-adres", " ", "", "kort", "anders", DUTCH)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("email", "account.validation.email"),
                                org.assertj.core.groups.Tuple.tuple("displayName", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("legalName", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("password", "password.tooShort"),
                                org.assertj.core.groups.Tuple.tuple("passwordRepeat", "password.mismatch")));
        assertThatThrownBy(() -> registrations.register(new RegistrationData(email, "Piet", "Club", "Wachtwoord123",
                "Wachtwoord123", DUTCH))).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).extracting(Problem::messageKey).containsExactly("password.common"));
        assertThat(accounts.exists(email)).isFalse();
        assertThat(MailBox.mailsTo(greenMail, email)).isZero();
    }

    @Test
    void the_registration_confirmation_and_invitation_pages_open_without_signing_in_over_http() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[]{"/register", "/confirm?token=nonsense", "/invite?token=nonsense"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> profile = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/organisation"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(profile.statusCode()).as("the profile page needs signing in").isEqualTo(302);
    }
}
