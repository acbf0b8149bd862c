package nl.gemeenschapsfonds.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/** A user account. The password is stored as a BCrypt hash only. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long authorityId;
    private Long organisationId;
    private Long funderId;
    private boolean enabled = true;
    private boolean emailConfirmed;
    private String preferredLocale = "nl";
    private Instant lockedUntil;
    private Instant failureWarnedAt;
    private Instant sessionsValidFrom;
    private String totpSecret;
    private Instant totpSince;
    private Long totpLastStep;
    private Instant erasedAt;

    @Version
    private long version;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected AppUser() {
    }

    public AppUser(String email, String displayName, String passwordHash, Role role,
                   Long authorityId, Long organisationId, Long funderId) {
        this.email = email.trim().toLowerCase(Locale.ROOT);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.authorityId = authorityId;
        this.organisationId = organisationId;
        this.funderId = funderId;
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, email, displayName, role, authorityId, organisationId, funderId,
                Locale.of(preferredLocale));
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    /**
     * Gives a staff account the role its identity provider's claims map to at this sign-in. The authority
     * stays what it was: only the registration of that authority can sign this account in.
     */
    void assignStaffRole(Role staffRole) {
        if (!staffRole.isStaff() || !role.isStaff()) {
            throw new IllegalArgumentException("Only a staff account gets a staff role: " + email + " " + role + " -> " + staffRole);
        }
        this.role = staffRole;
    }

    Long getAuthorityId() {
        return authorityId;
    }

    void warnedAt(Instant when) {
        this.failureWarnedAt = when;
    }

    Instant getFailureWarnedAt() {
        return failureWarnedAt;
    }

    /** Sessions that started before this moment have ended (after a password reset or change). */
    Instant getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    /**
     * Sets a new password (already hashed), ends every session that started before {@code now} and
     * lifts a lock: whoever sets a new password has shown they hold the password or the mailbox.
     */
    void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = newPasswordHash;
        this.sessionsValidFrom = now;
        this.lockedUntil = null;
    }

    /** Every session of this user that started before {@code now} ends. */
    void endSessions(Instant now) {
        this.sessionsValidFrom = now;
    }

    /** The sign-in address becomes {@code newEmail}; it was confirmed by opening a link sent to it. */
    void changeEmail(String newEmail) {
        this.email = newEmail.trim().toLowerCase(Locale.ROOT);
        this.emailConfirmed = true;
    }

    /**
     * Erases the person from this account (issue 17): name and address become the pseudonym, the password can no
     * longer match, the second factor goes, the account is switched off and every session ends.
     */
    void erase(String pseudonymEmail, String pseudonym, String unusablePasswordHash, Instant now) {
        this.email = pseudonymEmail;
        this.displayName = pseudonym;
        this.passwordHash = unusablePasswordHash;
        this.enabled = false;
        this.emailConfirmed = false;
        this.lockedUntil = null;
        this.failureWarnedAt = null;
        this.erasedAt = now;
        removeSecondFactor();
        endSessions(now);
    }

    /** When the person was erased from this account; null while it is theirs. */
    public Instant getErasedAt() {
        return erasedAt;
    }

    public Long getAuthorityIdOrNull() {
        return authorityId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Whether this account has a TOTP authenticator (the second factor). */
    boolean hasSecondFactor() {
        return totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    /** The last 30-second step whose code was accepted; a code of that step or an earlier one is refused. */
    long getTotpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    void acceptTotpStep(long step) {
        this.totpLastStep = step;
    }

    void enrolSecondFactor(String secret, long step, Instant now) {
        this.totpSecret = secret;
        this.totpSince = now;
        this.totpLastStep = step;
    }

    /** The authenticator is gone (switched off, or reset by an administrator). */
    void removeSecondFactor() {
        this.totpSecret = null;
        this.totpSince = null;
        this.totpLastStep = null;
    }

    void setPreferredLocale(String language) {
        this.preferredLocale = language;
    }

    public void confirmEmail() {
        this.emailConfirmed = true;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmed;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Long getFunderId() {
        return funderId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    /** The language for mails to this user: {@code nl} or {@code en}. */
    public Locale getPreferredLocale() {
        return Locale.of(preferredLocale);
    }
}
