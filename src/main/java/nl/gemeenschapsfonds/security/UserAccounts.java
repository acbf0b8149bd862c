package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.base.i18n.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Creating accounts and keeping a user's preferences. These are building blocks for the feature
 * services (registration, invitations, the first administrator), which carry the
 * {@code @PreAuthorize} and decide the scope; views never call this class.
 */
@Service
public class UserAccounts {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** Remembers the language a user chose, so mails and letters reach them in it too. */
    @EventListener
    @Transactional
    public void rememberLanguage(LanguageChosen chosen) {
        users.findByEmail(chosen.username()).ifPresent(user -> user.setPreferredLocale(language(chosen.locale())));
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByEmail(String email) {
        return users.findByEmail(email);
    }

    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return users.existsByRole(role);
    }

    /**
     * The enabled staff of an authority in one role, for a mail that must reach them (finance told of advances a
     * settlement cancelled, issue 22); the caller decides why they are told.
     */
    @Transactional(readOnly = true)
    public List<AppUser> staff(long authorityId, Role role) {
        return users.findByAuthorityIdAndRoleAndEnabledTrueOrderByEmailAsc(authorityId, role);
    }

    /** Creates an account with a hashed password. The caller makes sure the scope fits the role. */
    @Transactional
    public AppUser create(String email, String displayName, String rawPassword, Role role,
                          Long authorityId, Long organisationId, Long funderId) {
        AppUser user = new AppUser(email, displayName, passwordEncoder.encode(rawPassword), role,
                authorityId, organisationId, funderId);
        user.confirmEmail();
        return users.save(user);
    }

    /**
     * Creates an APPLICANT of an organisation. A self-registered user starts unconfirmed; one who
     * accepted an invitation has proved the address by opening the mail. The caller has checked the
     * password against {@link PasswordPolicy} and that the address is free.
     */
    @Transactional
    public AppUser createApplicant(String email, String displayName, String rawPassword, long organisationId,
                                   Locale locale, boolean emailConfirmed) {
        AppUser user = new AppUser(email, displayName, passwordEncoder.encode(rawPassword), Role.APPLICANT,
                null, organisationId, null);
        user.setPreferredLocale(language(locale));
        if (emailConfirmed) {
            user.confirmEmail();
        }
        return users.saveAndFlush(user);
    }

    /**
     * Creates a FUNDER user of a funder: unconfirmed when the funder registers itself, confirmed when
     * the user accepted an invitation. The caller has checked the password and that the address is free.
     */
    @Transactional
    public AppUser createFunderUser(String email, String displayName, String rawPassword, long funderId,
                                    Locale locale, boolean emailConfirmed) {
        AppUser user = new AppUser(email, displayName, passwordEncoder.encode(rawPassword), Role.FUNDER,
                null, null, funderId);
        user.setPreferredLocale(language(locale));
        if (emailConfirmed) {
            user.confirmEmail();
        }
        return users.saveAndFlush(user);
    }

    /** The users of a funder, by name. */
    @Transactional(readOnly = true)
    public List<AccountSummary> usersOfFunder(long funderId) {
        return users.findByFunderIdOrderByDisplayNameAscEmailAsc(funderId).stream()
                .map(user -> new AccountSummary(user.getId(), user.getEmail(), user.getDisplayName(), user.isEmailConfirmed()))
                .toList();
    }

    /** Where mail to a funder goes: the address and chosen language of each of its enabled users. */
    @Transactional(readOnly = true)
    public List<Recipient> enabledUsersOfFunder(long funderId) {
        return users.findByFunderIdOrderByDisplayNameAscEmailAsc(funderId).stream().filter(AppUser::isEnabled)
                .map(user -> new Recipient(user.getEmail(), user.getPreferredLocale()))
                .toList();
    }

    /** An account as the privacy module shows and exports it (issue 17). */
    public record AccountFacts(long id, String email, String displayName, Role role, Long authorityId,
                               Long organisationId, Long funderId, Locale language, boolean enabled,
                               boolean emailConfirmed, java.time.Instant createdAt, java.time.Instant erasedAt) {

        static AccountFacts of(AppUser user) {
            return new AccountFacts(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(),
                    user.getAuthorityIdOrNull(), user.getOrganisationId(), user.getFunderId(), user.getPreferredLocale(),
                    user.isEnabled(), user.isEmailConfirmed(), user.getCreatedAt(), user.getErasedAt());
        }

        public boolean erased() {
            return erasedAt != null;
        }
    }

    /** One account by id (privacy: inzage, erasure, mail preferences); the callers check who may ask. */
    @Transactional(readOnly = true)
    public Optional<AccountFacts> account(long userId) {
        return users.findById(userId).map(AccountFacts::of);
    }

    /** The account with this sign-in address, for the mail preferences of a recipient. */
    @Transactional(readOnly = true)
    public Optional<AccountFacts> accountByEmail(String email) {
        return users.findByEmail(email).map(AccountFacts::of);
    }

    /** Accounts whose address or name contains {@code text} (the administrator's erasure screen), at most 50. */
    @Transactional(readOnly = true)
    public List<AccountFacts> accountsMatching(String text) {
        return users.findMatching(text == null ? "" : text.strip(), org.springframework.data.domain.Limit.of(50)).stream()
                .map(AccountFacts::of).toList();
    }

    /** The enabled staff accounts (every authority), for the weekly digest. */
    @Transactional(readOnly = true)
    public List<AccountFacts> enabledStaff() {
        return users.findByEnabledTrueAndAuthorityIdNotNullOrderById().stream().map(AccountFacts::of).toList();
    }

    /** A user as a mail reaches them: their address and the language they chose. */
    public record Recipient(String email, Locale language) {
    }

    /** Marks the user's e-mail address as confirmed (they opened the link in the confirmation mail). */
    @Transactional
    public void confirmEmail(long userId) {
        users.findById(userId).ifPresent(AppUser::confirmEmail);
    }

    @Transactional(readOnly = true)
    public boolean isConfirmed(String email) {
        return users.findByEmail(email).map(AppUser::isEmailConfirmed).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return users.findByEmail(email).isPresent();
    }

    /** The users of an organisation, by name. */
    @Transactional(readOnly = true)
    public List<AccountSummary> membersOf(long organisationId) {
        return users.findByOrganisationIdOrderByDisplayNameAscEmailAsc(organisationId).stream()
                .map(user -> new AccountSummary(user.getId(), user.getEmail(), user.getDisplayName(), user.isEmailConfirmed()))
                .toList();
    }

    /**
     * The enabled staff of an authority with one role, by name: the reviewers a lead can assign (issue 21.3). No
     * {@code @PreAuthorize}: the caller (review's {@code AssignmentService}) passes the signed-in user's own authority.
     */
    @Transactional(readOnly = true)
    public List<AccountSummary> staffOf(long authorityId, Role role) {
        return users.findByAuthorityIdAndRoleAndEnabledTrueOrderByDisplayNameAscEmailAsc(authorityId, role).stream()
                .map(user -> new AccountSummary(user.getId(), user.getEmail(), user.getDisplayName(), user.isEmailConfirmed()))
                .toList();
    }

    /**
     * Computes a password hash and forgets it: a request that stops early (the address is taken)
     * then takes as long as one that creates an account, so the time does not tell them apart.
     */
    public void hashAndDiscard(String rawPassword) {
        passwordEncoder.encode(rawPassword == null ? "" : rawPassword);
    }

    private static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "nl";
    }
}
