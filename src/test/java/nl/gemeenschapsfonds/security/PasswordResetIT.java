package nl.gemeenschapsfonds.security;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Wachtwoord vergeten?" end to end: the mail, the single-use link, the policy, the sessions that end. */
@IntegrationTest
class PasswordResetIT {

    private static final String PASSWORD = "a-long-enough-password";
    private static final String NEW_PASSWORD = "koffie-in-het-buurthuis";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordResets resets;

    @Autowired
    JdbcClient jdbc;

    private String newUser() {
        long authority = jdbc.sql("select id from authority where code = 'GM0193'").query(Long.class).single();
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(email, "Rita Reset", PASSWORD, Role.REVIEWER, authority, null, null);
        return email;
    }

    private SignInClient browser() {
        int n = ADDRESSES.getAndIncrement();
        return new SignInClient(port, "203.0.113." + n);
    }

    private String mailedToken(String email) throws Exception {
        var mails = Mails.await(greenMail, email, 1);
        assertThat(mails).isNotEmpty();
        assertThat(mails.getFirst().subject()).isEqualTo("Nieuw wachtwoord kiezen");
        Matcher link = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]{43})").matcher(mails.getFirst().body());
        assertThat(link.find()).as("the mail holds the link").isTrue();
        return link.group(1);
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_the_user_is_mailed() throws Exception {
        String email = newUser();
        resets.requestReset(email);
        String token = mailedToken(email);
        assertThat(jdbc.sql("select token_hash from account_token where user_id = (select id from app_user where email = ?)")
                .param(email).query(String.class).single()).as("only the hash is stored").isNotEqualTo(token).hasSize(64);

        resets.resetPassword(token, NEW_PASSWORD);

        assertThat(browser().signIn(email, NEW_PASSWORD)).isEqualTo("/");
        assertThat(browser().signIn(email, PASSWORD)).as("the old password no longer works").isEqualTo("/login?error");
        assertThatThrownBy(() -> resets.resetPassword(token, "nog-een-ander-wachtwoord"))
                .isInstanceOfSatisfying(AccountTokenRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AccountTokenRefusedException.Reason.USED));
        assertThat(Mails.await(greenMail, email, 2).get(1).subject()).isEqualTo("Uw wachtwoord is gewijzigd");
    }

    @Test
    void a_reset_link_expires_after_one_hour() throws Exception {
        String email = newUser();
        resets.requestReset(email);
        String token = mailedToken(email);
        long userId = accounts.findByEmail(email).orElseThrow().getId();
        assertThat(jdbc.sql("select extract(epoch from expires_at - created_at) from account_token where user_id = ?")
                .param(userId).query(Double.class).single()).as("valid for one hour").isEqualTo(3600.0);

        // the hour has passed
        jdbc.sql("update account_token set created_at = created_at - interval '61 minutes', expires_at = expires_at - interval '61 minutes' where user_id = ?")
                .param(userId).update();

        assertThatThrownBy(() -> resets.resetPassword(token, NEW_PASSWORD))
                .isInstanceOfSatisfying(AccountTokenRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AccountTokenRefusedException.Reason.EXPIRED));
        assertThat(browser().signIn(email, PASSWORD)).as("the password is unchanged").isEqualTo("/");
    }

    @Test
    void a_reset_ends_every_other_session_of_the_user() throws Exception {
        String email = newUser();
        SignInClient elsewhere = browser();
        assertThat(elsewhere.signIn(email, PASSWORD)).isEqualTo("/");
        assertThat(elsewhere.status("/work-queue")).as("signed in").isEqualTo(200);

        resets.requestReset(email);
        resets.resetPassword(mailedToken(email), NEW_PASSWORD);

        assertThat(elsewhere.status("/work-queue")).as("that session has ended: sent to sign in").isEqualTo(302);
    }

    @Test
    void a_breached_password_is_refused_and_the_link_stays_usable() throws Exception {
        String email = newUser();
        resets.requestReset(email);
        String token = mailedToken(email);

        assertThatThrownBy(() -> resets.resetPassword(token, "sonyericsson"))
                .isInstanceOfSatisfying(InvalidPasswordException.class,
                        refused -> assertThat(refused.key()).isEqualTo("password.breached"));
        assertThatThrownBy(() -> resets.resetPassword(token, "kort"))
                .isInstanceOfSatisfying(InvalidPasswordException.class,
                        refused -> assertThat(refused.key()).isEqualTo("password.tooShort"));

        resets.resetPassword(token, NEW_PASSWORD);
        assertThat(browser().signIn(email, NEW_PASSWORD)).isEqualTo("/");
    }

    @Test
    void an_unknown_address_gets_no_mail() throws Exception {
        String unknown = "niemand-" + UUID.randomUUID() + "@example.org";
        resets.requestReset(unknown);
        String known = newUser();
        resets.requestReset(known);
        Mails.await(greenMail, known, 1);
        assertThat(Mails.to(greenMail, unknown)).isEmpty();
    }

    @Test
    void a_reset_lifts_a_lock() throws Exception {
        String email = newUser();
        jdbc.sql("update app_user set locked_until = now() + interval '1 hour' where email = ?").param(email).update();
        assertThat(browser().signIn(email, PASSWORD)).as("locked").isEqualTo("/login?error");

        resets.requestReset(email);
        resets.resetPassword(mailedToken(email), NEW_PASSWORD);

        assertThat(browser().signIn(email, NEW_PASSWORD)).isEqualTo("/");
    }

    @Test
    void a_reset_is_refused_for_an_account_linked_to_an_identity_provider() throws Exception {
        String linked = newUser();
        jdbc.sql("insert into oidc_link (issuer, subject, user_id, registration) values ('http://idp.example', ?, (select id from app_user where email = ?), 'zwolle')")
                .params("sub-" + linked, linked).update();
        resets.requestReset(linked);
        String local = newUser();
        resets.requestReset(local);
        Mails.await(greenMail, local, 1);
        assertThat(Mails.to(greenMail, linked)).as("no link: a reset would bypass the identity provider").isEmpty();
    }
}
