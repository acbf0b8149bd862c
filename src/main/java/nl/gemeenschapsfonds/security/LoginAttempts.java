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
 * Records and logs every failed sign-in, and applies {@link SignInDelays}: the delay before a next
 * attempt, the mail to the owner after repeated failures and, only after very many, a lock. Failures
 * for unknown e-mail addresses are recorded the same way, and the sign-in page says the same thing in
 * every case, so nobody learns whether an account exists. What was typed as user name is neutralised
 * ({@link LogSafe}) before it reaches the log or the database.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final JdbcClient jdbc;
    private final AppUserRepository users;
    private final SecurityMails mails;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, AppUserRepository users, SecurityMails mails, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.mails = mails;
        this.clock = clock;
    }

    /** How long an attempt for this user name from this address must still wait; zero when it may go ahead. */
    @Transactional(readOnly = true)
    public Duration waitBefore(String typedUserName, String remoteAddressAsSent) {
        String remoteAddress = remoteAddressAsSent == null ? null : address(remoteAddressAsSent);
        String email = LogSafe.userName(typedUserName).strip();
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(SignInDelays.WINDOW));
        var account = jdbc.sql("""
                        select count(*) as n, max(occurred_at) as last from login_failure
                        where lower(email) = lower(?) and remote_addr is not distinct from ? and occurred_at > ?""")
                .params(email, remoteAddress, since)
                .query((rs, row) -> new Object[]{rs.getInt("n"), rs.getTimestamp("last")}).single();
        var address = remoteAddress == null ? new Object[]{0, null} : jdbc.sql("""
                        select count(*) as n, max(occurred_at) as last from login_failure
                        where remote_addr = ? and occurred_at > ?""")
                .params(remoteAddress, since)
                .query((rs, row) -> new Object[]{rs.getInt("n"), rs.getTimestamp("last")}).single();
        return SignInDelays.waitBefore(new SignInDelays.Recent((int) account[0], instant(account[1]),
                (int) address[0], instant(address[1])), now);
    }

    /** An attempt refused because it came too soon: logged, not counted (the password was not checked). */
    void tooSoon(String typedUserName, String remoteAddress, Duration wait) {
        log.info("Sign-in from {} refused: {} s too soon after failures", LogSafe.userName(remoteAddress), wait.toSeconds());
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String email = LogSafe.userName(String.valueOf(event.getAuthentication().getName())).strip();
        String remote = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? address(details.getRemoteAddress()) : null;
        Instant now = clock.instant();
        var account = users.findByEmail(email);
        // the log names the account by its id, never by the address typed (issue 18: no e-mail addresses in the logs)
        log.warn("Failed sign-in for {} from {}: {}", account.map(user -> "user " + user.getId())
                .orElse("an address without an account"), remote, event.getException().getClass().getSimpleName());
        jdbc.sql("insert into login_failure (email, remote_addr, occurred_at) values (?, ?, ?)")
                .params(email, remote, Timestamp.from(now))
                .update();
        long recent = jdbc.sql("select count(*) from login_failure where lower(email) = lower(?) and occurred_at > ?")
                .params(email, Timestamp.from(now.minus(SignInDelays.ACCOUNT_WINDOW)))
                .query(Long.class).single();
        account.ifPresent(user -> {
            if (SignInDelays.lock(recent) && !user.isLockedAt(now)) {
                user.lockUntil(now.plus(SignInDelays.LOCK_DURATION));
                user.warnedAt(now);
                mails.locked(user, SignInDelays.LOCK_DURATION.toMinutes());
                log.warn("Account of user {} locked until {} after {} failed sign-ins in a day", user.getId(), user.getLockedUntil(), recent);
            } else if (SignInDelays.warnOwner(recent, user.getFailureWarnedAt(), now)) {
                user.warnedAt(now);
                mails.repeatedFailures(user, recent);
                log.warn("Owner of user account {} told of {} failed sign-ins in a day", user.getId(), recent);
            }
        });
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInPrincipal principal) {
            log.info("Signed in: user {}", principal.user().id());
        }
    }

    /** A client address as the column holds it (at most 64 characters). */
    static String address(String remoteAddress) {
        String safe = LogSafe.userName(remoteAddress);
        return safe.length() > 64 ? safe.substring(0, 64) : safe;
    }

    private static Instant instant(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant();
    }
}
