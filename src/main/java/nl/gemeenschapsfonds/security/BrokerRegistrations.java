package nl.gemeenschapsfonds.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * A broker sign-in that has no account to go to yet: eHerkenning for a KvK number no organisation has registered
 * with, or DigiD for a pseudonym no account is linked to. The broker's word is kept in the browser's session, and
 * the registration page starts from it (eHerkenning: with the KvK number filled in and locked). Whoever registers
 * in that session is linked to the broker's pseudonym, so the next sign-in through the broker finds the account.
 * The KvK number never comes from the form.
 */
@Component
public class BrokerRegistrations {

    private static final String ATTRIBUTE = BrokerRegistrations.class.getName();

    /**
     * What the broker said about the person: the KvK number (eHerkenning; {@code null} for DigiD), and an e-mail
     * address and name when it passed them.
     */
    public record Pending(String kvkNumber, String email, String displayName, String issuer, String pseudonym,
                          String registrationId) implements Serializable {

        public boolean isEherkenning() {
            return kvkNumber != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    BrokerRegistrations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void remember(Pending pending) {
        session(true).ifPresent(session -> session.setAttribute(ATTRIBUTE, pending));
    }

    /** The broker sign-in this browser came from, if it is waiting for its organisation's registration. */
    public Optional<Pending> pending() {
        return session(false).map(session -> session.getAttribute(ATTRIBUTE)).filter(Pending.class::isInstance)
                .map(Pending.class::cast);
    }

    /**
     * Links the account just registered to the broker's pseudonym, and forgets the pending sign-in. Call it in
     * the transaction that created the account (eHerkenning: for an organisation registered with {@link Pending#kvkNumber()}).
     */
    @Transactional
    public void linkRegisteredAccount(long userId) {
        pending().ifPresent(pending -> {
            jdbc.sql("""
                            insert into oidc_link (issuer, subject, user_id, registration, created_at) values (?, ?, ?, ?, ?)
                            on conflict (issuer, subject) do nothing""")
                    .params(pending.issuer(), pending.pseudonym(), userId, pending.registrationId(), Timestamp.from(clock.instant()))
                    .update();
            session(false).ifPresent(session -> session.removeAttribute(ATTRIBUTE));
        });
    }

    private static Optional<HttpSession> session(boolean create) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getSession(create))
                : Optional.empty();
    }
}
