package nl.gemeenschapsfonds.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;


/**
 * "Wachtwoord vergeten?": a single-use link valid for one hour, sent to the address of an existing
 * account; the page says the same whether or not the address has an account. Setting a new password
 * through the link applies {@link PasswordPolicy}, ends every session of the user, lifts a lock and
 * tells the user by mail.
 */
@Service
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final AppUserRepository users;
    private final AccountTokens tokens;
    private final SecurityMails mails;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final JdbcClient jdbc;

    PasswordResets(AppUserRepository users, AccountTokens tokens, SecurityMails mails, PasswordEncoder passwordEncoder,
                   Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Sends a reset link when {@code email} belongs to an enabled account; otherwise nothing. The caller
     * shows the same answer in both cases.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestReset(String email) {
        String address = LogSafe.userName(email).strip();
        // an account linked to an identity provider gets no link: a reset would bypass the provider
        users.findByEmail(address).filter(AppUser::isEnabled).filter(user -> !linkedToProvider(user)).ifPresentOrElse(user -> {
            String token = tokens.issue(AccountTokens.Purpose.RESET_PASSWORD, user.getId(), null, AccountTokens.RESET_VALIDITY);
            mails.passwordReset(user.getEmail(), user.getDisplayName(), user.getPreferredLocale(), token,
                    AccountTokens.RESET_VALIDITY.toMinutes());
            log.info("Password reset link sent to user {}", user.getId());
        }, () -> log.info("Password reset asked for an address without a local account (none, disabled or signed in through an identity provider)"));
    }

    private boolean linkedToProvider(AppUser user) {
        return jdbc.sql("select count(*) from oidc_link where user_id = ?").param(user.getId()).query(Long.class).single() > 0;
    }

    /** Checks a reset link before the form is shown; throws {@link AccountTokenRefusedException} with the reason. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public void checkLink(String rawToken) {
        tokens.valid(rawToken, AccountTokens.Purpose.RESET_PASSWORD);
    }

    /**
     * Sets the new password through the link, once.
     *
     * @throws AccountTokenRefusedException when the link is unknown, used or expired
     * @throws InvalidPasswordException     when the password breaks {@link PasswordPolicy}; the link stays usable
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void resetPassword(String rawToken, String newPassword) {
        AccountTokens.Token token = tokens.valid(rawToken, AccountTokens.Purpose.RESET_PASSWORD);
        AppUser user = users.findById(token.userId())
                .orElseThrow(() -> new AccountTokenRefusedException(AccountTokenRefusedException.Reason.UNKNOWN));
        PasswordPolicy.violation(newPassword, user.getEmail()).ifPresent(key -> {
            throw new InvalidPasswordException(key);
        });
        tokens.markUsed(token);
        tokens.retireOpen(user.getId(), AccountTokens.Purpose.RESET_PASSWORD);
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        mails.passwordChanged(user);
        log.info("Password of user {} reset through a mailed link; every session ended", user.getId());
    }

}
