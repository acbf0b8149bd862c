package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.base.i18n.LanguageChosen;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in over real HTTP, as the login form posts it. */
@IntegrationTest
class LoginLockoutIT {

    private static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    private String newReviewer() {
        long authority = jdbc.sql("select id from authority where code = 'GM0193'").query(Long.class).single();
        String email = "lockout-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(email, "Test Reviewer", PASSWORD, Role.REVIEWER, authority, null, null);
        return email;
    }

    /** Posts the login form in a fresh session and answers where the application sends the browser. */
    private String signIn(String email, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath()
                + (response.headers().firstValue("Location").orElseThrow().contains("?error") ? "?error" : "");
    }

    @Test
    void the_right_password_signs_in_and_a_wrong_one_does_not() throws Exception {
        assertThat(signIn(DemoUsers.FINANCE, DemoUsers.PASSWORD)).isEqualTo("/");
        String email = newReviewer();
        assertThat(signIn(email, "wrong-password")).isEqualTo("/login?error");
        assertThat(signIn(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void five_failures_in_a_row_lock_the_account_even_for_the_right_password() throws Exception {
        String email = newReviewer();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(email, "wrong-" + attempt)).isEqualTo("/login?error");
        }
        assertThat(signIn(email, PASSWORD)).as("locked").isEqualTo("/login?error");
        assertThat(accounts.findByEmail(email).orElseThrow().getLockedUntil()).isNotNull();
        assertThat(jdbc.sql("select count(*) from login_failure where email = ?").param(email).query(Long.class).single())
                .as("every failure is logged").isGreaterThanOrEqualTo(5L);
    }

    @Test
    void four_failures_do_not_lock_the_account() throws Exception {
        String email = newReviewer();
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(email, "wrong-" + attempt);
        }
        assertThat(signIn(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void an_unknown_address_gets_the_same_answer_as_a_wrong_password_and_is_logged() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        assertThat(signIn(unknown, "whatever")).isEqualTo("/login?error");
        assertThat(jdbc.sql("select count(*) from login_failure where email = ?").param(unknown).query(Long.class).single()).isOne();
    }

    @Test
    void the_language_a_user_chooses_is_remembered_on_their_account() {
        String email = newReviewer();
        events.publishEvent(new LanguageChosen(email, Locale.of("en", "GB")));
        assertThat(jdbc.sql("select preferred_locale from app_user where email = ?").param(email).query(String.class).single())
                .isEqualTo("en");
    }
}
