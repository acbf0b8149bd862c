package nl.gemeenschapsfonds.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.i18n.LanguageChosen;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in over real HTTP, as the login form posts it (with its CSRF token): a progressive delay per
 * account and address instead of a lock anyone can trigger, a mail to the owner, a lock only after very
 * many failures, and what is typed as user name neutralised. Each test acts from client addresses of its
 * own (sent as X-Forwarded-For, as the reverse proxy does), so the delays of one test never reach another.
 */
@IntegrationTest
class LoginLockoutIT {

    private static final String PASSWORD = "a-long-enough-password";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

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

    /** A fresh browser at a client address no other test uses. */
    private SignInClient browser() {
        int n = ADDRESSES.getAndIncrement();
        return new SignInClient(port, "198.51." + (100 + n / 250) + "." + (1 + n % 250));
    }

    private long failures(String email) {
        return jdbc.sql("select count(*) from login_failure where lower(email) = lower(?)").param(email).query(Long.class).single();
    }

    @Test
    void the_right_password_signs_in_and_a_wrong_one_does_not() throws Exception {
        assertThat(browser().signIn(DemoUsers.FINANCE, DemoUsers.PASSWORD)).isEqualTo("/");
        String email = newReviewer();
        assertThat(browser().signIn(email, "wrong-password")).isEqualTo("/login?error");
        assertThat(browser().signIn(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void the_sign_in_post_without_the_csrf_token_is_refused() throws Exception {
        String email = newReviewer();
        SignInClient browser = browser();
        browser.csrf();
        var response = browser.post(email, PASSWORD, false);
        assertThat(response.statusCode()).as("refused, not signed in").isEqualTo(403);
        assertThat(browser.status("/work-queue")).as("still anonymous: sent to sign in").isEqualTo(302);
        assertThat(browser.signIn(email, PASSWORD)).as("with the token it works, on to the page asked for before")
                .isEqualTo("/work-queue");
    }

    @Test
    void a_sign_in_from_a_page_whose_session_has_ended_goes_back_to_the_sign_in_page_and_signs_nobody_in() throws Exception {
        String email = newReviewer();
        SignInClient browser = browser();
        // no session: the page was opened before the session ended, so its token belongs to nothing
        var response = browser.post(email, PASSWORD, false);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.status("/work-queue")).as("not signed in").isEqualTo(302);
        assertThat(failures(email)).as("not counted as a wrong password").isZero();
    }

    @Test
    void five_wrong_tries_by_someone_else_do_not_lock_the_owner_out() throws Exception {
        String email = newReviewer();
        SignInClient attacker = browser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(attacker.signIn(email, "wrong-" + attempt)).isEqualTo("/login?error");
        }
        // and five more, each from another address, as a botnet would
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser().signIn(email, "guess-" + attempt)).isEqualTo("/login?error");
        }
        assertThat(failures(email)).as("the attacker's first try and the five others were checked and counted").isEqualTo(6);

        assertThat(browser().signIn(email, PASSWORD)).as("the owner, from their own address, gets in at once").isEqualTo("/");
        assertThat(accounts.findByEmail(email).orElseThrow().getLockedUntil()).as("not locked").isNull();
    }

    @Test
    void repeated_tries_from_one_address_wait_longer_each_time_and_the_wait_ends() throws Exception {
        String email = newReviewer();
        SignInClient browser = browser();
        assertThat(browser.signIn(email, "wrong")).isEqualTo("/login?error");
        assertThat(browser.signIn(email, PASSWORD)).as("within the first second: refused before the password is checked")
                .isEqualTo("/login?error");
        assertThat(failures(email)).as("an attempt that came too soon is not counted").isOne();

        Thread.sleep(1_100);
        assertThat(browser.signIn(email, PASSWORD)).as("after the delay the owner gets in").isEqualTo("/");
    }

    @Test
    void the_owner_is_mailed_after_ten_failures_and_the_account_locks_only_after_fifty() throws Exception {
        String email = newReviewer();
        insertFailures(email, 9);
        assertThat(browser().signIn(email, "tenth-wrong")).isEqualTo("/login?error");
        var mails = Mails.await(greenMail, email, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).isEqualTo("Mislukte pogingen om in te loggen op uw account");
        assertThat(mails.getFirst().body()).contains("10 keer").contains("/forgot-password");
        assertThat(browser().signIn(email, PASSWORD)).as("not locked after ten").isEqualTo("/");

        insertFailures(email, 39);
        assertThat(browser().signIn(email, "fiftieth-wrong")).isEqualTo("/login?error");
        assertThat(accounts.findByEmail(email).orElseThrow().getLockedUntil()).as("locked after fifty").isNotNull();
        assertThat(browser().signIn(email, PASSWORD)).as("locked: even the right password").isEqualTo("/login?error");
        assertThat(Mails.await(greenMail, email, 2).get(1).subject()).isEqualTo("Uw account is tijdelijk geblokkeerd");
    }

    @Test
    void a_user_name_of_300_characters_is_an_ordinary_failed_attempt() throws Exception {
        String tooLong = "x".repeat(288) + "@example.org";
        assertThat(tooLong).hasSize(300);
        assertThat(browser().signIn(tooLong, "whatever")).isEqualTo("/login?error");
        assertThat(jdbc.sql("select length(email) from login_failure where email like ? order by id desc limit 1")
                .param("x".repeat(200) + "%").query(Integer.class).single())
                .as("recorded, cut to the width of the column").isEqualTo(254);
    }

    @Test
    void cr_and_lf_in_a_user_name_never_reach_the_log() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(LoginAttempts.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            String forged = "someone@example.org\r\n2026-12-05 INFO Signed in: 'beheerder@gemeenschapsfonds.test'\nx";
            assertThat(browser().signIn(forged, "whatever")).isEqualTo("/login?error");
            assertThat(log.list).as("the failure is logged").isNotEmpty();
            assertThat(log.list).allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain("\r").doesNotContain("\n"));
            // the address typed is not logged at all (issue 18: accounts appear in the log by id, never by address)
            assertThat(log.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                    .startsWith("Failed sign-in for an address without an account"));
            assertThat(log.list).noneSatisfy(event -> assertThat(event.getFormattedMessage()).contains("someone@example.org"));
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void an_unknown_address_gets_the_same_answer_as_a_wrong_password_and_is_logged() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        assertThat(browser().signIn(unknown, "whatever")).isEqualTo("/login?error");
        assertThat(failures(unknown)).isOne();
    }

    @Test
    void the_language_a_user_chooses_is_remembered_on_their_account() {
        String email = newReviewer();
        events.publishEvent(new LanguageChosen(email, Locale.of("en", "GB")));
        assertThat(jdbc.sql("select preferred_locale from app_user where email = ?").param(email).query(String.class).single())
                .isEqualTo("en");
    }

    /** Failures from many addresses in the last hours, as a spread-out attack leaves them. */
    private void insertFailures(String email, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("insert into login_failure (email, remote_addr, occurred_at) values (?, ?, ?)")
                    .params(email, "192.0.2." + (i % 250 + 1), Timestamp.from(Instant.now().minusSeconds(3600 + i)))
                    .update();
        }
    }
}
