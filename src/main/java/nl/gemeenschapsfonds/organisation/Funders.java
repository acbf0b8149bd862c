package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.AccountSummary;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.SignedInUser;
import nl.gemeenschapsfonds.security.UserAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Funders and their users (docs/adr/0011-funders-missing-amounts-conditional-grants.md). Administrators
 * create and edit funders, invite their users by mail, and activate or reject the funders that registered
 * themselves; a funder registers itself with its first user, and stays inactive (its users cannot sign in,
 * nor pledge) until an administrator activates it. Funders are shared by the whole installation, like the
 * marketplace: every ADMIN manages them, whatever their authority, and the audit trail names who did what.
 */
@Service
public class Funders {

    private final FunderRepository funders;
    private final UserAccounts accounts;
    private final FunderInvitations invitations;
    private final AccountMails mails;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Funders(FunderRepository funders, UserAccounts accounts, FunderInvitations invitations, AccountMails mails,
            AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.funders = funders;
        this.accounts = accounts;
        this.invitations = invitations;
        this.mails = mails;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- the administrator ----

    /** All funders, by name, with their number of users. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<FunderListItem> all() {
        currentUser.require().requireAuthority();
        return funders.allByName().stream()
                .map(f -> new FunderListItem(f.getId(), f.getName(), f.getKind(), f.isActive(), f.getRegistration(),
                        f.getContactName(), f.getContactEmail(), accounts.usersOfFunder(f.getId()).size(), f.getRegisteredAt()))
                .toList();
    }

    /** One funder, to edit. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public FunderData funder(long id) {
        return find(id).toData();
    }

    /**
     * Creates (no id) or changes a funder. Refused per field: {@code name} (required, unique, at most 200),
     * {@code kind}, {@code kvkNumber} (8 digits, unique), {@code contactName}, {@code contactEmail},
     * {@code contactPhone}. The active switch of a funder that is still pending is left alone: activating
     * is a decision of its own ({@link #activate}).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(FunderData data) {
        currentUser.require().requireAuthority();
        long self = data.id() == null ? -1 : data.id();
        List<Problem> problems = FunderPolicy.problemsOf(data, name -> funders.nameTaken(name, self),
                kvk -> funders.kvkTaken(kvk, self));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (data.id() == null) {
            Funder funder = funders.stored(Funder.created(data, clock.instant()));
            audit.record("FUNDER_CREATED", "Funder", funder.getId(), null, funder.state(), null);
            return funder.getId();
        }
        Funder funder = find(data.id());
        if (funder.getVersion() != data.version()) {
            throw new ConcurrentEditException("Funder " + data.id());
        }
        String before = funder.state();
        funder.update(data, clock.instant());
        funders.stored(funder);
        audit.record("FUNDER_UPDATED", "Funder", funder.getId(), before, funder.state(), null);
        return funder.getId();
    }

    /** The funders that registered themselves and wait for a decision, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<PendingFunder> pending() {
        currentUser.require().requireAuthority();
        return funders.findByRegistrationOrderByRegisteredAtAscIdAsc(FunderRegistration.PENDING).stream()
                .map(f -> new PendingFunder(f.getId(), f.getVersion(), f.getName(), f.getKind(), f.getContactName(),
                        f.getContactEmail(), accounts.usersOfFunder(f.getId()).stream().anyMatch(AccountSummary::emailConfirmed),
                        f.getRegisteredAt()))
                .toList();
    }

    /**
     * Activates a funder that registered itself: its users can sign in and pledge. Refused at
     * {@code activate} while nobody of the funder has confirmed their e-mail address. Its users get a mail.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void activate(long id, long version) {
        Funder funder = pendingAt(id, version);
        if (accounts.usersOfFunder(id).stream().noneMatch(AccountSummary::emailConfirmed)) {
            throw new InvalidInputException("activate", "funders.validation.emailNotConfirmed");
        }
        String before = funder.state();
        funder.activate(clock.instant());
        funders.saveAndFlush(funder);
        audit.record("FUNDER_ACTIVATED", "Funder", id, before, funder.state(), null);
        eachUser(id, user -> mails.funderActivated(user.getEmail(), funder.getName(), user.getPreferredLocale()));
    }

    /** Rejects a funder that registered itself, with the reason (at {@code reason}); its users get a mail with it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reject(long id, long version, String reason) {
        List<Problem> problems = new ArrayList<>();
        AccountInput.text("reason", reason, 2000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Funder funder = pendingAt(id, version);
        String before = funder.state();
        funder.reject(reason.strip(), clock.instant());
        funders.saveAndFlush(funder);
        audit.record("FUNDER_REJECTED", "Funder", id, before, funder.state(), reason.strip());
        eachUser(id, user -> mails.funderRejected(user.getEmail(), funder.getName(), reason.strip(), user.getPreferredLocale()));
    }

    /** The users of a funder. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountSummary> users(long funderId) {
        find(funderId);
        return accounts.usersOfFunder(funderId);
    }

    /** The invitations of a funder that can still be accepted. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<OpenInvitation> openInvitations(long funderId) {
        find(funderId);
        return invitations.open(funderId);
    }

    /**
     * Invites a user of a funder by mail (link {@code funder-invite?token=…}, 7 days), in {@code locale}.
     * Refused at {@code email}; not for a rejected funder. An address that has an account is not told
     * apart on screen: its owner gets a mail that it cannot join.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void invite(long funderId, String email, Locale locale) {
        SignedInUser me = currentUser.require();
        me.requireAuthority();
        Funder funder = find(funderId);
        String address = FunderInvitations.invitedAddress(email, funder.getRegistration() == FunderRegistration.REJECTED
                ? "funders.validation.rejected" : null);
        invitations.send(funder, address, locale, me);
    }

    // ---- a funder's own users ----

    /** The signed-in user's own funder, as recorded. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public FunderData myFunder() {
        return find(currentUser.require().requireFunder()).toData();
    }

    /** What the signed-in user may change of their own funder: contact, address and public description. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public FunderDetails myDetails() {
        return find(currentUser.require().requireFunder()).toDetails();
    }

    /**
     * The signed-in funder user changes their own funder's contact, address and public description (issue 22); its
     * name and kind stay as the administrator recorded them, whatever the record says. Refused per field
     * ({@link FunderDetailsPolicy}); a change by someone else in between is refused as a concurrent edit. The change is
     * in the audit trail ({@code FUNDER_DETAILS_CHANGED}) with the details before and after.
     */
    @Transactional
    @PreAuthorize("hasRole('FUNDER')")
    public FunderDetails saveMyDetails(FunderDetails details) {
        List<Problem> problems = FunderDetailsPolicy.problemsOf(details);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Funder funder = find(currentUser.require().requireFunder());
        if (funder.getVersion() != details.version()) {
            throw new ConcurrentEditException("Funder " + funder.getId());
        }
        String before = funder.detailsState();
        funder.changeOwnDetails(details, clock.instant());
        Funder saved = funders.stored(funder);
        audit.record("FUNDER_DETAILS_CHANGED", "Funder", saved.getId(), before, saved.detailsState(), null);
        return saved.toDetails();
    }

    /** The users of the signed-in user's own funder, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public List<Member> myColleagues() {
        SignedInUser me = currentUser.require();
        return accounts.usersOfFunder(me.requireFunder()).stream()
                .map(account -> new Member(account.displayName(), account.email(), account.emailConfirmed(), account.id() == me.id()))
                .toList();
    }

    /** The invitations to the signed-in user's own funder that can still be accepted. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public List<OpenInvitation> myOpenInvitations() {
        return invitations.open(currentUser.require().requireFunder());
    }

    /**
     * A funder's user invites a colleague by mail, as an administrator can ({@link #invite}): only to their own
     * funder, only while it is active (refused at {@code email}), and with a confirmed address of their own.
     *
     * @throws nl.gemeenschapsfonds.security.EmailNotConfirmedException when the inviter has not confirmed their address
     */
    @Transactional
    @PreAuthorize("hasRole('FUNDER')")
    public void inviteColleague(String email, Locale locale) {
        SignedInUser me = currentUser.require();
        Funder funder = find(me.requireFunder());
        String address = FunderInvitations.invitedAddress(email, funder.toData().active() ? null : "funders.validation.inactiveInvite");
        currentUser.requireConfirmedEmail();
        invitations.send(funder, address, locale, me);
    }

    // ---- anyone ----

    /**
     * A funder registers itself with its first user (the contact person), who gets a confirmation link.
     * The funder stays inactive until an administrator activates it. Refused per field ({@code name},
     * {@code kind}, {@code contactName}, {@code email}, {@code password}, {@code passwordRepeat}). An address
     * that has an account already creates nothing; its owner gets a mail, and the page cannot tell.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void register(FunderRegistrationData data) {
        invitations.register(data, clock.instant());
    }

    /**
     * The funder invitation behind a link, for the page where it is accepted.
     *
     * @throws TokenRefusedException when the link is unknown, used or expired
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public InvitationDetails invitation(String token) {
        return invitations.invitation(token);
    }

    /**
     * Accepts a funder invitation: the invitee becomes a FUNDER user of that funder, with the invited
     * address confirmed. Refused at {@code displayName}, {@code password} and {@code passwordRepeat}.
     *
     * @throws TokenRefusedException when the link is unknown, used or expired, or the address got an account meanwhile
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void accept(String token, InvitationAcceptance acceptance) {
        invitations.accept(token, acceptance);
    }

    // ---- helpers ----

    private Funder find(long id) {
        return funders.require(id);
    }

    private Funder pendingAt(long id, long version) {
        currentUser.require().requireAuthority();
        Funder funder = find(id);
        if (funder.getVersion() != version) {
            throw new ConcurrentEditException("Funder " + id);
        }
        if (funder.getRegistration() != FunderRegistration.PENDING) {
            throw new InvalidInputException("activate", "funders.validation.notPending");
        }
        return funder;
    }

    private void eachUser(long funderId, java.util.function.Consumer<AppUser> mail) {
        accounts.usersOfFunder(funderId).forEach(summary -> accounts.findByEmail(summary.email()).ifPresent(mail));
    }
}
