package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.UserAccounts;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The steps registration and invitation share when an account is made: an address that has an account
 * already, and accepting an invitation link. The callers keep their own checks, account kind and audit entry.
 */
@Component
class NewAccounts {

    private final UserAccounts accounts;
    private final EmailTokens tokens;
    private final AccountMails mails;

    NewAccounts(UserAccounts accounts, EmailTokens tokens, AccountMails mails) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
    }

    /**
     * When {@code email} (lower case) has an account already: spends the time a new account would take on the
     * password (so the answer time does not tell), mails the owner and answers true; the caller then creates nothing.
     */
    boolean toldAlreadyRegistered(String email, String password) {
        Optional<AppUser> existing = accounts.findByEmail(email);
        if (existing.isEmpty()) {
            return false;
        }
        accounts.hashAndDiscard(password);
        mails.alreadyRegistered(existing.get().getEmail(), existing.get().getPreferredLocale());
        return true;
    }

    /**
     * Accepts an invitation link of the given purpose: checks the link, then {@code displayName}, {@code password}
     * and {@code passwordRepeat}, creates the account with {@code create} and marks the link used.
     *
     * @return the invitation the link stood for
     * @throws TokenRefusedException when the link is unknown, used or expired, or the address got an account meanwhile
     */
    EmailTokens.Token accept(String token, EmailTokens.Purpose purpose, InvitationAcceptance acceptance,
                             Function<EmailTokens.Token, AppUser> create) {
        EmailTokens.Token invitation = tokens.valid(token, purpose);
        List<Problem> problems = new ArrayList<>();
        AccountInput.text("displayName", acceptance.displayName(), 200, problems);
        AccountInput.password(acceptance.password(), acceptance.passwordRepeat(), invitation.email(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (accounts.exists(invitation.email())) {
            throw new TokenRefusedException(TokenRefusedException.Reason.ACCOUNT_EXISTS);
        }
        AppUser user = create.apply(invitation);
        tokens.markUsed(invitation, user.getId());
        return invitation;
    }
}
