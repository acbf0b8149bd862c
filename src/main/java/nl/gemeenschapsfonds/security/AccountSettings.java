package nl.gemeenschapsfonds.security;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * "Mijn account": a signed-in user changes their own password (the other sessions end) and e-mail
 * address (it counts only once the link mailed to the new address is opened).
 */
@Service
public class AccountSettings {

    private static final Logger log = LoggerFactory.getLogger(AccountSettings.class);

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final AccountTokens tokens;
    private final SecurityMails mails;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountSettings(AppUserRepository users, CurrentUser currentUser, AccountTokens tokens, SecurityMails mails,
                    PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The signed-in user's current sign-in address. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String currentEmail() {
        return own().getEmail();
    }

    /**
     * Changes the signed-in user's password. Every other session of the user ends; this one goes on.
     *
     * @throws InvalidPasswordException {@code account.current.wrong} for a wrong current password, or the
     *                                  {@link PasswordPolicy} key for an unacceptable new one
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        AppUser user = own();
        requireCurrent(user, currentPassword);
        PasswordPolicy.violation(newPassword, user.getEmail()).ifPresent(key -> {
            throw new InvalidPasswordException(key);
        });
        Instant now = clock.instant();
        user.changePassword(passwordEncoder.encode(newPassword), now);
        currentSession().ifPresent(session -> SessionLifetimeFilter.renew(session, now));
        mails.passwordChanged(user);
        log.info("Password of user {} changed on the account page; other sessions ended", user.getId());
    }

    /**
     * Sends a confirmation link to {@code newEmail}; the address counts once it is opened. When the address
     * belongs to another account already, nothing is sent and the answer is the same.
     *
     * @throws InvalidPasswordException {@code account.current.wrong} for a wrong current password
     * @throws IllegalArgumentException for an address that is not one
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void requestEmailChange(String newEmail, String currentPassword, Locale locale) {
        AppUser user = own();
        requireCurrent(user, currentPassword);
        String address = newEmail == null ? "" : newEmail.strip().toLowerCase(Locale.ROOT);
        if (!address.matches("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$") || address.length() > LogSafe.MAX_LENGTH) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        if (users.findByEmail(address).isPresent()) {
            log.info("User {} asked to move to an address that has an account already: nothing sent", user.getId());
            return;
        }
        tokens.retireOpen(user.getId(), AccountTokens.Purpose.CHANGE_EMAIL);
        String token = tokens.issue(AccountTokens.Purpose.CHANGE_EMAIL, user.getId(), address, AccountTokens.EMAIL_CHANGE_VALIDITY);
        mails.confirmNewEmail(address, user.getDisplayName(), locale == null ? user.getPreferredLocale() : locale, token,
                AccountTokens.EMAIL_CHANGE_VALIDITY.toHours());
    }

    /**
     * The link in the mail to the new address: the account's sign-in address becomes the new one, the old
     * address is told, and every session ends (the user signs in again with the new address).
     *
     * @throws AccountTokenRefusedException when the link is unknown, used or expired, or the address was taken meanwhile
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void confirmEmailChange(String rawToken) {
        AccountTokens.Token token = tokens.valid(rawToken, AccountTokens.Purpose.CHANGE_EMAIL);
        if (users.findByEmail(token.newEmail()).isPresent()) {
            throw new AccountTokenRefusedException(AccountTokenRefusedException.Reason.USED);
        }
        AppUser user = users.findById(token.userId())
                .orElseThrow(() -> new AccountTokenRefusedException(AccountTokenRefusedException.Reason.UNKNOWN));
        tokens.markUsed(token);
        String old = user.getEmail();
        user.changeEmail(token.newEmail());
        user.endSessions(clock.instant());
        users.flush();
        mails.emailChanged(old, user.getDisplayName(), user.getEmail(), user.getPreferredLocale());
        log.info("Sign-in address of user {} changed", user.getId());
    }

    private AppUser own() {
        return users.findById(currentUser.require().id()).orElseThrow();
    }

    private void requireCurrent(AppUser user, String currentPassword) {
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidPasswordException("account.current.wrong");
        }
    }

    private static java.util.Optional<HttpSession> currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? java.util.Optional.ofNullable(attributes.getRequest().getSession(false))
                : java.util.Optional.empty();
    }
}
