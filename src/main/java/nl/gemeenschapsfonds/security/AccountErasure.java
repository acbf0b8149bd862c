package nl.gemeenschapsfonds.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Erases a person from their account (issue 17, AVG art. 17): the account keeps its id and role (records refer to
 * it) but its name and address become a pseudonym, its password and second factor stop working, every session ends
 * (see {@link SessionLifetimeFilter}: a session that started before {@code sessionsValidFrom} is invalidated at its
 * next request), and the sign-in traces (failed sign-ins, open links, identity-provider links) go. {@link AccountErased}
 * lets the other modules put the pseudonym in the records they must keep. The privacy module decides whether the
 * person may be erased (not the only contact of an open application) and writes the audit entry.
 */
@Service
public class AccountErasure {

    private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountErasure(AppUserRepository users, JdbcClient jdbc, PasswordEncoder passwordEncoder,
                   ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** The pseudonym of an erased account: random, so nothing about the person can be read back from it. */
    static String newPseudonym() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return "erased-" + HexFormat.of().formatHex(bytes);
    }

    /**
     * Erases the person from account {@code userId} and answers the pseudonym it carries now. Only for the privacy
     * module's erasure, which has checked that the person may be erased.
     *
     * @throws IllegalStateException when the account was erased already or does not exist
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String erase(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new IllegalStateException("No account " + userId));
        if (user.getErasedAt() != null) {
            throw new IllegalStateException("Account " + userId + " was erased already");
        }
        String formerEmail = user.getEmail();
        String formerName = user.getDisplayName();
        String pseudonym = newPseudonym();
        String pseudonymEmail = pseudonym + "@erased.invalid";
        Instant now = clock.instant();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        user.erase(pseudonymEmail, pseudonym, passwordEncoder.encode(HexFormat.of().formatHex(secret)), now);
        users.flush();
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
        jdbc.sql("delete from account_token where user_id = ?").param(userId).update();
        jdbc.sql("delete from oidc_link where user_id = ?").param(userId).update();
        jdbc.sql("delete from login_failure where lower(email) = lower(?)").param(formerEmail).update();
        events.publishEvent(new AccountErased(userId, formerEmail, formerName, pseudonym, pseudonymEmail));
        log.info("Account {} erased; its sessions end", userId);
        return pseudonym;
    }
}
