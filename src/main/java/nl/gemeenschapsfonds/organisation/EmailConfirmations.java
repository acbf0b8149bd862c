package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.SignedInUser;
import nl.gemeenschapsfonds.security.Throttle;
import nl.gemeenschapsfonds.security.UserAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

/**
 * The confirmation of an applicant's e-mail address (docs/adr/0005-registration.md): the link mailed at registration
 * ({@link Registrations}) or again on request, and its use. A link works once, for 48 hours; the applicant can sign
 * in without it, and needs the confirmed address to submit.
 */
@Service
public class EmailConfirmations {

    private final UserAccounts accounts;
    private final EmailTokens tokens;
    private final AccountMails mails;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Throttle throttle;

    EmailConfirmations(UserAccounts accounts, EmailTokens tokens, AccountMails mails, AuditTrail audit,
                       CurrentUser currentUser, Throttle throttle) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
        this.currentUser = currentUser;
        this.throttle = throttle;
    }

    /** Issues a confirmation link for the user's address and mails it; in the caller's transaction. */
    void send(long userId, String email, String displayName, Locale locale) {
        String token = tokens.issueConfirmation(userId, email, locale);
        mails.confirmation(email, displayName, token, locale);
    }

    /**
     * Confirms the e-mail address the link was sent to. A link works once, for 48 hours.
     *
     * @throws TokenRefusedException when the link is unknown, used or expired
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void confirm(String token) {
        EmailTokens.Token valid = tokens.valid(token, EmailTokens.Purpose.CONFIRM_EMAIL);
        tokens.markUsed(valid, valid.userId());
        accounts.confirmEmail(valid.userId());
        audit.record("EMAIL_CONFIRMED", "User", valid.userId(), null, valid.email(), null);
    }

    /**
     * Sends the signed-in applicant a new confirmation link, for when the first one expired or got
     * lost. Does nothing when the address is confirmed already.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void resendConfirmation() {
        SignedInUser user = currentUser.require();
        AppUser account = accounts.findByEmail(user.email()).orElseThrow();
        if (account.isEmailConfirmed()) {
            return;
        }
        throttle.count("registration", account.getEmail(), "email");
        send(account.getId(), account.getEmail(), account.getDisplayName(), account.getPreferredLocale());
    }

    /** Whether the signed-in user has confirmed their e-mail address. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isEmailConfirmed() {
        return currentUser.isEmailConfirmed();
    }
}
