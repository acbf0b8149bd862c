package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.SignedInUser;
import nl.gemeenschapsfonds.security.UserAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The users of the signed-in applicant's organisation, and inviting colleagues: a member invites
 * an e-mail address, the invitee opens the link ({@code invite?token=…}, valid 7 days), chooses a
 * name and password, and becomes an APPLICANT of the same organisation with a confirmed address.
 */
@Service
public class OrganisationMembers {

    private final OrganisationRepository organisations;
    private final UserAccounts accounts;
    private final EmailTokens tokens;
    private final AccountMails mails;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final NewAccounts newAccounts;

    OrganisationMembers(OrganisationRepository organisations, UserAccounts accounts, EmailTokens tokens,
                        AccountMails mails, AuditTrail audit, CurrentUser currentUser, NewAccounts newAccounts) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
        this.currentUser = currentUser;
        this.newAccounts = newAccounts;
    }

    /** The users of the signed-in applicant's own organisation, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<Member> members() {
        SignedInUser me = currentUser.require();
        return accounts.membersOf(me.requireOrganisation()).stream()
                .map(account -> new Member(account.displayName(), account.email(), account.emailConfirmed(),
                        account.id() == me.id()))
                .toList();
    }

    /** Invitations of the own organisation that can still be accepted. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<OpenInvitation> openInvitations() {
        return tokens.openInvitations(currentUser.require().requireOrganisation());
    }

    /**
     * Invites a colleague to the signed-in applicant's organisation by mail, in {@code locale}.
     * Needs a confirmed address of the one who invites. Refused at the field {@code email} when the
     * address is not an address or belongs to a member already. An address with an account
     * elsewhere is not told apart on screen: its owner gets a mail that it cannot join.
     *
     * @throws nl.gemeenschapsfonds.security.EmailNotConfirmedException when the inviter has not confirmed their address
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void invite(String email, Locale locale) {
        SignedInUser me = currentUser.require();
        long organisationId = me.requireOrganisation();
        List<Problem> problems = new ArrayList<>();
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        AccountInput.email("email", address, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        currentUser.requireConfirmedEmail();
        Organisation organisation = organisations.findById(organisationId).orElseThrow();
        Optional<AppUser> existing = accounts.findByEmail(address);
        if (existing.isPresent() && existing.get().getOrganisationId() != null
                && existing.get().getOrganisationId() == organisationId) {
            throw new InvalidInputException("email", "invite.validation.alreadyMember");
        }
        if (existing.isPresent()) {
            mails.invitationForExistingAccount(existing.get().getEmail(), me.displayName(), organisation.getLegalName(),
                    existing.get().getPreferredLocale());
            return;
        }
        String token = tokens.issueInvitation(address, organisationId, me.id(), locale);
        audit.record("MEMBER_INVITED", "Organisation", organisationId, null, address, null);
        mails.invitation(address, me.displayName(), organisation.getLegalName(), token, locale);
    }

    /**
     * The invitation behind a link, for the page where the invitee accepts it.
     *
     * @throws TokenRefusedException when the link is unknown, used or expired
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public InvitationDetails invitation(String token) {
        EmailTokens.Token invitation = tokens.valid(token, EmailTokens.Purpose.INVITATION);
        Organisation organisation = organisations.findById(invitation.organisationId()).orElseThrow();
        String inviter = accounts.membersOf(invitation.organisationId()).stream()
                .filter(member -> member.id() == invitation.invitedBy())
                .map(member -> member.displayName()).findFirst().orElse("");
        return new InvitationDetails(invitation.email(), organisation.getLegalName(), inviter);
    }

    /**
     * Accepts an invitation: creates the invitee's account as an APPLICANT of the inviting
     * organisation, with the invited address confirmed. Refused at the fields {@code displayName},
     * {@code password} and {@code passwordRepeat} as registration is.
     *
     * @throws TokenRefusedException when the link is unknown, used or expired, or the address got an account meanwhile
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void accept(String token, InvitationAcceptance acceptance) {
        EmailTokens.Token invitation = newAccounts.accept(token, EmailTokens.Purpose.INVITATION, acceptance,
                valid -> accounts.createApplicant(valid.email(), acceptance.displayName(), acceptance.password(),
                        valid.organisationId(), acceptance.locale(), true));
        audit.record("INVITATION_ACCEPTED", "Organisation", invitation.organisationId(), null, invitation.email(), null);
    }
}
