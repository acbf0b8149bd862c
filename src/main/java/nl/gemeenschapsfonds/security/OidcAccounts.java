package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.security.OidcRefusal.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts behind sign-ins through an identity provider. An account is linked to a person by the
 * provider's (issuer, subject), never by e-mail alone. A staff account belongs to the authority of the
 * registration that created it, and takes the role the claims map to at every sign-in; an eHerkenning
 * account is an applicant of the organisation with the token's KvK number. Runs while nobody is signed in
 * yet (like the password check), so it carries no {@code @PreAuthorize}; views never call it.
 */
@Service
class OidcAccounts {

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final List<SignInCheck> checks;
    private final ObjectProvider<OrganisationsByKvk> organisations;

    OidcAccounts(AppUserRepository users, JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock,
                 List<SignInCheck> checks, ObjectProvider<OrganisationsByKvk> organisations) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.checks = List.copyOf(checks);
        this.organisations = organisations;
    }

    /** A staff member of the registration's authority, with the role their claims map to. */
    @Transactional
    public SignedInUser signInStaff(String registrationId, OidcProperties.Registration registration, String issuer,
                                    String subject, Map<String, Object> claims) {
        long authorityId = jdbc.sql("select id from authority where code = ?").param(registration.authority())
                .query(Long.class).optional()
                .orElseThrow(() -> refuse(Reason.CONFIGURATION, registrationId, subject,
                        "authority " + registration.authority() + " does not exist"));
        Optional<Role> role = registration.roleMapping().roleFor(claims);
        Optional<AppUser> linked = linkedAccount(issuer, subject);
        if (linked.isPresent()) {
            AppUser user = linked.get();
            if (!user.getRole().isStaff() || user.getAuthorityId() == null || user.getAuthorityId() != authorityId) {
                throw refuse(Reason.OTHER_AUTHORITY, registrationId, subject,
                        "linked account " + user.getId() + " does not work for authority " + registration.authority());
            }
            user.assignStaffRole(role.orElseThrow(() -> refuse(Reason.NO_ROLE, registrationId, subject, "no mapped role")));
            return signedIn(user, issuer, subject, registrationId);
        }
        Role mapped = role.orElseThrow(() -> refuse(Reason.NO_ROLE, registrationId, subject, "no mapped role, no account made"));
        String email = email(claims, registration, registrationId, subject);
        Optional<AppUser> sameAddress = users.findByEmail(email);
        AppUser user;
        if (sameAddress.isPresent()) {
            // an existing account of the same authority (made before the provider was connected) is taken over
            user = sameAddress.get();
            if (!user.getRole().isStaff() || user.getAuthorityId() == null || user.getAuthorityId() != authorityId
                    || isLinked(user.getId())) {
                throw refuse(Reason.EMAIL_TAKEN, registrationId, subject, "address belongs to account " + user.getId());
            }
            user.assignStaffRole(mapped);
        } else {
            user = new AppUser(email, displayName(claims, registration, email), unusablePassword(), mapped, authorityId, null, null);
            user.confirmEmail();
            user = users.saveAndFlush(user);
            log.info("Created account {} ({}) for authority {} through OIDC registration '{}'", user.getId(), mapped,
                    registration.authority(), registrationId);
        }
        link(issuer, subject, user.getId(), registrationId);
        return signedIn(user, issuer, subject, registrationId);
    }

    /**
     * A person signing in with eHerkenning for the organisation with the token's KvK number: linked before,
     * linked now to that organisation as an applicant, or refused when no organisation has that number yet.
     */
    @Transactional
    public SignedInUser signInEherkenning(String registrationId, OidcProperties.Registration registration, String issuer,
                                          String pseudonym, Map<String, Object> claims) {
        String kvk = kvk(claims.get(registration.kvkClaim()));
        if (kvk == null) {
            throw refuse(Reason.CONFIGURATION, registrationId, pseudonym, "no KvK number in claim " + registration.kvkClaim());
        }
        OrganisationsByKvk directory = organisations.getIfAvailable();
        Optional<AppUser> linked = linkedAccount(issuer, pseudonym);
        if (linked.isPresent()) {
            AppUser user = linked.get();
            boolean sameOrganisation = user.getRole() == Role.APPLICANT && directory != null
                    && directory.kvkOf(user.getOrganisationId()).map(kvk::equals).orElse(false);
            if (!sameOrganisation) {
                throw refuse(Reason.OTHER_ORGANISATION, registrationId, pseudonym, "linked account is not of KvK " + kvk);
            }
            return signedIn(user, issuer, pseudonym, registrationId);
        }
        Long organisationId = directory == null ? null : directory.organisationWithKvk(kvk).orElse(null);
        if (organisationId == null) {
            throw new UnknownOrganisation(kvk);
        }
        String email = email(claims, registration, registrationId, pseudonym);
        Optional<AppUser> sameAddress = users.findByEmail(email);
        AppUser user;
        if (sameAddress.isPresent()) {
            user = sameAddress.get();
            if (user.getRole() != Role.APPLICANT || !organisationId.equals(user.getOrganisationId()) || isLinked(user.getId())) {
                throw refuse(Reason.EMAIL_TAKEN, registrationId, pseudonym, "address belongs to account " + user.getId());
            }
        } else {
            user = new AppUser(email, displayName(claims, registration, email), unusablePassword(), Role.APPLICANT,
                    null, organisationId, null);
            if (Boolean.TRUE.equals(claims.get("email_verified"))) {
                user.confirmEmail();
            }
            user = users.saveAndFlush(user);
            log.info("Linked a new applicant account {} to organisation {} (KvK {}) through eHerkenning", user.getId(),
                    organisationId, kvk);
        }
        link(issuer, pseudonym, user.getId(), registrationId);
        return signedIn(user, issuer, pseudonym, registrationId);
    }

    /** A person signing in with DigiD: only an account linked to their pseudonym before gets in. */
    @Transactional
    public SignedInUser signInDigid(String registrationId, String issuer, String pseudonym) {
        AppUser user = linkedAccount(issuer, pseudonym)
                .orElseThrow(() -> refuse(Reason.NOT_LINKED, registrationId, pseudonym, "no account linked"));
        return signedIn(user, issuer, pseudonym, registrationId);
    }

    private SignedInUser signedIn(AppUser user, String issuer, String subject, String registrationId) {
        SignedInUser signedIn = user.toSignedInUser();
        if (!user.isEnabled() || !checks.stream().allMatch(check -> check.allows(signedIn))) {
            throw refuse(Reason.DISABLED, registrationId, subject, "account " + user.getId() + " may not sign in");
        }
        jdbc.sql("update oidc_link set last_sign_in_at = ? where issuer = ? and subject = ?")
                .params(Timestamp.from(clock.instant()), issuer, subject).update();
        return signedIn;
    }

    private Optional<AppUser> linkedAccount(String issuer, String subject) {
        return jdbc.sql("select user_id from oidc_link where issuer = ? and subject = ?").params(issuer, subject)
                .query(Long.class).optional().flatMap(users::findById);
    }

    private boolean isLinked(long userId) {
        return jdbc.sql("select count(*) from oidc_link where user_id = ?").param(userId).query(Long.class).single() > 0;
    }

    private void link(String issuer, String subject, long userId, String registrationId) {
        jdbc.sql("insert into oidc_link (issuer, subject, user_id, registration, created_at) values (?, ?, ?, ?, ?)")
                .params(issuer, subject, userId, registrationId, Timestamp.from(clock.instant())).update();
    }

    private static String email(Map<String, Object> claims, OidcProperties.Registration registration, String registrationId,
                                String subject) {
        Object value = claims.get(registration.emailClaim());
        String email = value == null ? "" : String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            throw refuse(Reason.NO_EMAIL, registrationId, subject, "no usable e-mail in claim " + registration.emailClaim());
        }
        return email;
    }

    private static String displayName(Map<String, Object> claims, OidcProperties.Registration registration, String email) {
        Object name = claims.get(registration.nameClaim());
        String text = name == null ? "" : String.valueOf(name).strip();
        return text.isEmpty() ? email : text.substring(0, Math.min(200, text.length()));
    }

    private static String kvk(Object claim) {
        String value = claim == null ? "" : String.valueOf(claim).strip();
        return value.matches("[0-9]{8}") ? value : null;
    }

    /** A hash of a random secret nobody learns: the account signs in only through its provider. */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    private static OidcRefusal refuse(Reason reason, String registrationId, String subject, String detail) {
        log.warn("OIDC sign-in through '{}' refused ({}): {}", registrationId, reason.code, detail);
        return new OidcRefusal(reason, detail);
    }

    /** eHerkenning for a KvK number no organisation has registered with: the registration starts with it. */
    static final class UnknownOrganisation extends RuntimeException {

        private final String kvk;

        UnknownOrganisation(String kvk) {
            super("No organisation with KvK " + kvk);
            this.kvk = kvk;
        }

        String kvk() {
            return kvk;
        }
    }
}
