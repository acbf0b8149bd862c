package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.SignedInUser;
import nl.gemeenschapsfonds.security.Throttle;
import nl.gemeenschapsfonds.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How people come to a funder's account, for {@link Funders}: invited by mail (by an administrator or a colleague),
 * accepting such an invitation, or registering a new funder with its first user. The caller ({@link Funders}) holds
 * the security checks and the transaction.
 */
@Component
class FunderInvitations {

    private static final Logger log = LoggerFactory.getLogger(FunderInvitations.class);

    private final FunderRepository funders;
    private final UserAccounts accounts;
    private final EmailTokens tokens;
    private final AccountMails mails;
    private final NewAccounts newAccounts;
    private final Throttle throttle;
    private final AuditTrail audit;

    FunderInvitations(FunderRepository funders, UserAccounts accounts, EmailTokens tokens, AccountMails mails,
                      NewAccounts newAccounts, Throttle throttle, AuditTrail audit) {
        this.funders = funders;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.newAccounts = newAccounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** The address to invite, lower case; refused at {@code email} when it is not an address, or with {@code refusal}. */
    static String invitedAddress(String email, String refusal) {
        List<Problem> problems = new ArrayList<>();
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        AccountInput.email("email", address, problems);
        if (refusal != null) {
            problems.add(new Problem("email", refusal));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return address;
    }

    /**
     * A member already is refused at {@code email}; an address with an account elsewhere is not told apart on
     * screen: its owner gets a mail that it cannot join. Otherwise a 7-day invitation link.
     */
    void send(Funder funder, String address, Locale locale, SignedInUser me) {
        long funderId = funder.getId();
        Optional<AppUser> existing = accounts.findByEmail(address);
        if (existing.isPresent() && existing.get().getFunderId() != null && existing.get().getFunderId() == funderId) {
            throw new InvalidInputException("email", "invite.validation.alreadyMember");
        }
        if (existing.isPresent()) {
            mails.invitationForExistingAccount(existing.get().getEmail(), me.displayName(), funder.getName(),
                    existing.get().getPreferredLocale());
            return;
        }
        String token = tokens.issueFunderInvitation(address, funderId, me.id(), locale);
        audit.record("FUNDER_USER_INVITED", "Funder", funderId, null, address, null);
        mails.funderInvitation(address, me.displayName(), funder.getName(), token, locale);
    }

    /** The invitations of a funder that can still be accepted. */
    List<OpenInvitation> open(long funderId) {
        return tokens.openFunderInvitations(funderId);
    }

    /** See {@link Funders#register}. */
    void register(FunderRegistrationData data, Instant now) {
        List<Problem> problems = FunderPolicy.problemsOf(data, name -> funders.nameTaken(name, -1));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String email = data.email().toLowerCase(Locale.ROOT);
        throttle.count("registration", email, "email");
        if (newAccounts.toldAlreadyRegistered(email, data.password())) {
            log.info("Funder registration for an address that has an account already; the owner is told by mail");
            return;
        }
        Funder funder = funders.stored(Funder.registered(data.name(), data.kind(), data.contactName(), email, now));
        AppUser user = accounts.createFunderUser(email, data.contactName(), data.password(), funder.getId(), data.locale(), false);
        String token = tokens.issueConfirmation(user.getId(), email, data.locale());
        audit.record("FUNDER_REGISTERED", "Funder", funder.getId(), null, funder.state() + " by " + email, null);
        mails.funderRegistered(email, data.contactName(), data.name(), token, data.locale());
    }

    /** See {@link Funders#invitation}. */
    InvitationDetails invitation(String token) {
        EmailTokens.Token invitation = tokens.valid(token, EmailTokens.Purpose.FUNDER_INVITATION);
        Funder funder = funders.require(invitation.funderId());
        return new InvitationDetails(invitation.email(), funder.getName(), "");
    }

    /** See {@link Funders#accept}. */
    void accept(String token, InvitationAcceptance acceptance) {
        EmailTokens.Token invitation = newAccounts.accept(token, EmailTokens.Purpose.FUNDER_INVITATION, acceptance,
                valid -> accounts.createFunderUser(valid.email(), acceptance.displayName(), acceptance.password(),
                        valid.funderId(), acceptance.locale(), true));
        audit.record("FUNDER_INVITATION_ACCEPTED", "Funder", invitation.funderId(), null, invitation.email(), null);
    }
}
