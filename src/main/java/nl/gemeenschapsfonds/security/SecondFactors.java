package nl.gemeenschapsfonds.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The second factor (docs/adr/0020-local-identity.md): a TOTP authenticator and ten single-use recovery
 * codes. Staff (REVIEWER, DECISION_MAKER, FINANCE, ADMIN) who sign in with a password must have one;
 * applicants and funders may switch it on. A password sign-in of such a user first gets an authentication
 * with no role at all ({@link #PENDING} and Spring Security's {@code FACTOR_PASSWORD}): every service
 * method ({@code @PreAuthorize} on roles) and every view refuses it, and the UI sends it to the
 * second-factor page. A correct code replaces it with the user's role plus {@code FACTOR_TOTP}. Sign-ins
 * through an identity provider never pass here: their second factor is the provider's business.
 */
@Service
public class SecondFactors {

    /** The authority of a password sign-in still waiting for its second factor. */
    public static final String PENDING = "SECOND_FACTOR_PENDING";
    /** Spring Security's factor authority this step adds: {@code FACTOR_TOTP}. */
    public static final String TOTP_FACTOR = "TOTP";
    static final int RECOVERY_CODES = 10;

    private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    /** What the set-up shows once: the secret as text and as a QR code (PNG). Nothing is stored until confirmed. */
    public record Enrolment(String secret, String otpauthUri, byte[] qrPng) {
    }

    /** The second factor of the signed-in user: on or off, required by the role, and whether it applies at all. */
    public record Status(boolean enabled, boolean required, boolean localSignIn) {
    }

    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final SecondFactorExemptions exemptions;
    private final SecurityMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactors(AppUserRepository users, JdbcClient jdbc, SecondFactorExemptions exemptions, SecurityMails mails,
                  ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.exemptions = exemptions;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** Whether this authentication signed in with a password and still owes its second factor. */
    public static boolean isPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> PENDING.equals(authority.getAuthority()));
    }

    /**
     * After the password was right: the authentication itself when this user needs no second factor,
     * otherwise one without any role that only the second-factor page accepts. Applied to every form sign-in
     * (SecurityConfiguration); public for tests that sign in as the form does.
     */
    @Transactional(readOnly = true)
    public Authentication afterPassword(Authentication authenticated) {
        if (!(authenticated.getPrincipal() instanceof AppUserPrincipal principal)) {
            return authenticated;
        }
        AppUser user = users.findById(principal.user().id()).orElse(null);
        if (user == null || !required(user)) {
            return authenticated;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(factors(authenticated));
        authorities.add(new SimpleGrantedAuthority(PENDING));
        UsernamePasswordAuthenticationToken pending = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        pending.setDetails(authenticated.getDetails());
        return pending;
    }

    private boolean required(AppUser user) {
        return user.hasSecondFactor() || (user.getRole().isStaff() && !exemptions.exempt(user.getEmail()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Status status() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication.getPrincipal() instanceof AppUserPrincipal principal)) {
            return new Status(false, false, false);
        }
        AppUser user = users.findById(principal.user().id()).orElseThrow();
        return new Status(user.hasSecondFactor(), user.getRole().isStaff() && !exemptions.exempt(user.getEmail()), true);
    }

    /** A new secret for the signed-in user, to show once; it counts only after {@link #confirmEnrolment}. */
    @PreAuthorize("isAuthenticated()")
    public Enrolment newEnrolment() {
        String secret = Totp.newSecret();
        String uri = Totp.otpauthUri(secret, signedIn().email());
        return new Enrolment(secret, uri, Totp.qrPng(uri));
    }

    /**
     * Stores the authenticator once the user typed a code it shows, and answers the ten recovery codes to
     * show once (only their hashes are stored). A pending sign-in is complete then.
     *
     * @throws SecondFactorRefusedException when the code is not the authenticator's current one
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> confirmEnrolment(Enrolment enrolment, String code) {
        AppUser user = currentAccount();
        if (user.hasSecondFactor()) {
            throw new IllegalStateException("The second factor of " + user.getEmail() + " is already set up");
        }
        long step = Totp.matchingStep(enrolment.secret(), code, clock.instant())
                .orElseThrow(() -> new SecondFactorRefusedException("secondFactor.code.wrong"));
        user.enrolSecondFactor(enrolment.secret(), step, clock.instant());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = newRecoveryCode();
            codes.add(recovery);
            jdbc.sql("insert into recovery_code (user_id, code_hash) values (?, ?)").params(user.getId(), sha256(normalise(recovery))).update();
        }
        log.info("Second factor set up by user {}", user.getId());
        complete();
        return List.copyOf(codes);
    }

    /**
     * Checks the code of a pending sign-in: the authenticator's code (each used once) or a recovery code
     * (each used once). A right one completes the sign-in.
     *
     * @throws SecondFactorRefusedException when it is neither
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void verify(String code) {
        AppUser user = currentAccount();
        if (!accept(user, code)) {
            log.info("Wrong second-factor code for user {}", user.getId());
            throw new SecondFactorRefusedException("secondFactor.code.wrong");
        }
        complete();
    }

    /**
     * Switches the second factor off, with a current code; only where the role does not require it.
     *
     * @throws SecondFactorRefusedException when the code is wrong or the role requires the second factor
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FUNDER')")
    @Transactional
    public void switchOff(String code) {
        AppUser user = currentAccount();
        if (user.getRole().isStaff()) {
            throw new SecondFactorRefusedException("secondFactor.off.required");
        }
        if (!accept(user, code)) {
            throw new SecondFactorRefusedException("secondFactor.code.wrong");
        }
        remove(user);
        log.info("Second factor switched off by user {}", user.getId());
    }

    /**
     * An administrator removes another user's second factor: a staff account of their own authority, or an
     * applicant's or funder's account. The user is mailed and sets up a new one at the next sign-in; the
     * audit trail records it ({@link SecondFactorReset}).
     *
     * @throws SecondFactorRefusedException {@code secondFactor.reset.unknown} when no such account is in scope
     *                                      or it has no second factor
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(String email) {
        SignedInUser admin = signedIn();
        AppUser user = users.findByEmail(LogSafe.userName(email).strip().toLowerCase(Locale.ROOT))
                .filter(account -> !account.getRole().isStaff() || Objects.equals(admin.authorityId(), account.getAuthorityId()))
                .filter(account -> !account.getId().equals(admin.id()))
                .filter(AppUser::hasSecondFactor)
                .orElseThrow(() -> new SecondFactorRefusedException("secondFactor.reset.unknown"));
        remove(user);
        user.endSessions(clock.instant());
        events.publishEvent(new SecondFactorReset(user.getId(), user.getEmail(), admin.email()));
        mails.secondFactorReset(user);
        log.info("Second factor of user {} reset by user {}", user.getId(), admin.id());
    }

    private boolean accept(AppUser user, String code) {
        if (!user.hasSecondFactor() || code == null) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(user.getTotpSecret(), code, clock.instant());
        if (step.isPresent()) {
            if (step.getAsLong() <= user.getTotpLastStep()) {
                return false; // that code was used already: a code seen over someone's shoulder does not work twice
            }
            user.acceptTotpStep(step.getAsLong());
            return true;
        }
        String normalised = normalise(code);
        return normalised.length() == 10 && jdbc.sql("""
                        update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null""")
                .params(clock.instant().atOffset(java.time.ZoneOffset.UTC), user.getId(), sha256(normalised)).update() == 1;
    }

    private void remove(AppUser user) {
        user.removeSecondFactor();
        jdbc.sql("delete from recovery_code where user_id = ?").param(user.getId()).update();
    }

    /** The pending sign-in gets the user's role and FACTOR_TOTP, in this request and in the session. */
    private void complete() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!isPending(current) || !(current.getPrincipal() instanceof AppUserPrincipal principal)) {
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.addAll(factors(current));
        authorities.add(FactorGrantedAuthority.withFactor(TOTP_FACTOR).issuedAt(clock.instant()).build());
        UsernamePasswordAuthenticationToken complete = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        complete.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(complete);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpServletRequest servletRequest = request.getRequest();
            new HttpSessionSecurityContextRepository().saveContext(context, servletRequest, request.getResponse());
        }
        log.info("Second factor accepted: user {} is signed in", principal.user().id());
    }

    private static List<GrantedAuthority> factors(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance).map(GrantedAuthority.class::cast).toList();
    }

    private AppUser currentAccount() {
        return users.findById(signedIn().id()).orElseThrow();
    }

    private static SignedInUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return principal.user();
        }
        throw new SecondFactorRefusedException("secondFactor.notLocal");
    }

    private static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
