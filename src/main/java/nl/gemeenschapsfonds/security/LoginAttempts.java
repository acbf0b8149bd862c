package nl.gemeenschapsfonds.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account for {@value #LOCK_MINUTES} minutes after {@value #MAX_FAILURES} failed sign-ins
 * within {@value #WINDOW_MINUTES} minutes, and logs every failure. Failures for unknown e-mail
 * addresses are logged and counted the same way, and the sign-in page says the same thing in every
 * case, so nobody learns whether an account exists.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final int WINDOW_MINUTES = 15;
    static final int LOCK_MINUTES = 15;

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final JdbcClient jdbc;
    private final AppUserRepository users;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, AppUserRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String email = String.valueOf(event.getAuthentication().getName()).trim();
        String remote = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Instant now = clock.instant();
        log.warn("Failed sign-in for '{}' from {}: {}", email, remote, event.getException().getClass().getSimpleName());
        jdbc.sql("insert into login_failure (email, remote_addr, occurred_at) values (?, ?, ?)")
                .params(email, remote, Timestamp.from(now)).update();
        long recent = jdbc.sql("select count(*) from login_failure where lower(email) = lower(?) and occurred_at > ?")
                .params(email, Timestamp.from(now.minus(Duration.ofMinutes(WINDOW_MINUTES))))
                .query(Long.class).single();
        if (recent >= MAX_FAILURES) {
            users.findByEmail(email).filter(user -> !user.isLockedAt(now)).ifPresent(user -> {
                user.lockUntil(now.plus(Duration.ofMinutes(LOCK_MINUTES)));
                log.warn("Account '{}' locked until {} after {} failed sign-ins", email, user.getLockedUntil(), recent);
            });
        }
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        log.info("Signed in: '{}'", event.getAuthentication().getName());
    }
}
