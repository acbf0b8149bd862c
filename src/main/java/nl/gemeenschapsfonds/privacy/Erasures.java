package nl.gemeenschapsfonds.privacy;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.security.AccountErasure;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.PersonalDataSource;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.SignedInUser;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.ApplicationContacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Erasure of a person (issue 17 item 4, AVG art. 17). A user asks to close their account (a request the
 * administrators see); an administrator erases the person — on that request or on a letter — after
 * {@link ErasurePolicy} allows it: never while the person is the only contact of an open application (another
 * member of the organisation is set as contact first, here too). The account is pseudonymised by security's
 * {@link AccountErasure}, which ends the sessions and tells the other modules to put the pseudonym in what they keep.
 * The audit trail records that an erasure happened, by whom and when — not what was erased.
 */
@Service
public class Erasures implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final ApplicationContacts contacts;
    private final AccountErasure erasure;
    private final AuditTrail audit;
    private final Clock clock;

    Erasures(JdbcClient jdbc, CurrentUser currentUser, UserAccounts accounts, ApplicationContacts contacts,
             AccountErasure erasure, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.contacts = contacts;
        this.erasure = erasure;
        this.audit = audit;
        this.clock = clock;
    }

    /** An open request to close an account, as the administrator sees it. */
    public record Request(long id, long userId, String email, String name, Role role, Instant requestedAt) {
    }

    /** A person as the administrator's erasure screen lists them. */
    public record Person(long userId, String email, String name, Role role, boolean erased) {
    }

    /** The signed-in applicant or funder user asks to close their account; a second request changes nothing. */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FUNDER')")
    @Transactional
    public void requestClosing() {
        long userId = currentUser.require().id();
        jdbc.sql("""
                        insert into erasure_request (user_id, requested_at) values (?, ?)
                        on conflict (user_id) where status = 'OPEN' do nothing""")
                .params(userId, Timestamp.from(clock.instant())).update();
    }

    /** When the signed-in user asked to close their account, while the request is open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> myOpenRequest() {
        return jdbc.sql("select requested_at from erasure_request where user_id = ? and status = 'OPEN'")
                .param(currentUser.require().id()).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** The open requests to close an account, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Request> openRequests() {
        return jdbc.sql("select id, user_id, requested_at from erasure_request where status = 'OPEN' order by requested_at, id")
                .query((rs, row) -> Map.entry(new long[]{rs.getLong(1), rs.getLong(2)}, rs.getTimestamp(3).toInstant()))
                .list().stream()
                .flatMap(row -> accounts.account(row.getKey()[1]).stream().map(account -> new Request(row.getKey()[0],
                        account.id(), account.email(), account.displayName(), account.role(), row.getValue())))
                .toList();
    }

    /** Accounts whose address or name contains {@code text}, for an erasure or inzage on a letter. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Person> find(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return accounts.accountsMatching(text).stream()
                .map(account -> new Person(account.id(), account.email(), account.displayName(), account.role(), account.erased()))
                .toList();
    }

    /** The open applications the person is the contact of: while there is one, they cannot be erased. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApplicationContacts.OpenApplication> openApplicationsOf(long userId) {
        return accounts.account(userId).map(account -> contacts.openOfContact(account.email())).orElse(List.of());
    }

    /** The other members of the person's organisation who could become the contact instead. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Person> otherContacts(long userId) {
        return accounts.account(userId).filter(account -> account.organisationId() != null)
                .map(account -> accounts.membersOf(account.organisationId()).stream()
                        .filter(member -> member.id() != userId)
                        .flatMap(member -> accounts.account(member.id()).stream())
                        .filter(member -> member.enabled() && !member.erased())
                        .map(member -> new Person(member.id(), member.email(), member.displayName(), member.role(), false))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Makes {@code newContactUserId}, an enabled member of the application's organisation, its contact.
     *
     * @throws IllegalArgumentException when the new contact is no enabled member of that organisation
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setContact(ApplicationContacts.OpenApplication application, long newContactUserId) {
        UserAccounts.AccountFacts contact = accounts.account(newContactUserId)
                .filter(account -> account.enabled() && !account.erased())
                .filter(account -> account.organisationId() != null && account.organisationId() == application.organisationId())
                .orElseThrow(() -> new ErasureRefusedException("privacyAdmin.contact.notMember", List.of()));
        contacts.changeContact(application.id(), contact.email());
        audit.record("CONTACT_CHANGED", "Application", application.id(), null, "user " + contact.id(), "before an erasure");
    }

    /**
     * Erases the person with account {@code userId} and answers their pseudonym. Open requests of the person are
     * closed; the audit entry says an erasure happened, by whom, and on what ground (a request or a letter).
     *
     * @throws ErasureRefusedException when {@link ErasurePolicy} refuses it
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String erase(long userId, String ground) {
        SignedInUser admin = currentUser.require();
        UserAccounts.AccountFacts account = accounts.account(userId)
                .orElseThrow(() -> new ErasureRefusedException("privacy.erase.unknown", List.of()));
        ErasurePolicy.refusal(account, admin.id(), contacts.openOfContact(account.email())).ifPresent(refusal -> {
            throw refusal;
        });
        String pseudonym = erasure.erase(userId);
        jdbc.sql("update erasure_request set status = 'ERASED', handled_at = ? where user_id = ? and status = 'OPEN'")
                .params(Timestamp.from(clock.instant()), userId).update();
        audit.record("PERSON_ERASED", "AppUser", userId, null, null, ground == null || ground.isBlank() ? null : ground.strip());
        return pseudonym;
    }

    @Override
    @Transactional(readOnly = true)
    public Section collect(Subject subject) {
        return new Section("privacy", PersonalDataSource.rows(jdbc.sql(
                        "select requested_at, status, handled_at from erasure_request where user_id = ? order by id")
                .param(subject.userId()).query().listOfRows()), List.of());
    }
}
