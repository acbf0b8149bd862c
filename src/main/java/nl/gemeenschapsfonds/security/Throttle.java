package nl.gemeenschapsfonds.security;

import nl.gemeenschapsfonds.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Limits how often an anonymous action that sends mail (registering, asking for a new confirmation link) may happen
 * per client address and per e-mail address within an hour ({@code request_throttle}, V39). The client address is
 * the request's remote address, which behind a proxy is the forwarded one (prod: {@code server.forward-headers-strategy}).
 */
@Component
public class Throttle {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perAddress;
    private final int perEmail;

    Throttle(JdbcClient jdbc, Clock clock,
             @Value("${app.throttle.registration.per-address-per-hour:10}") int perAddress,
             @Value("${app.throttle.registration.per-email-per-hour:3}") int perEmail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perAddress = perAddress;
        this.perEmail = perEmail;
    }

    /**
     * Counts one {@code action} for the current client address and {@code email}, in the caller's transaction.
     *
     * @throws InvalidInputException on {@code field} ({@code throttle.tooMany}) when either made too many this hour
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void count(String action, String email, String field) {
        Instant now = clock.instant();
        String client = clientAddress();
        // outside a web request (a job, a service test) there is no client address to count, only the e-mail
        String address = client == null ? null : "address:" + client;
        String mail = "email:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
        // one at a time per subject, so two requests at the same moment cannot both take the last place
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?)), pg_advisory_xact_lock(hashtext(?))")
                .params(action + address, action + mail).query().listOfRows();
        if ((address != null && count(action, address, now) >= perAddress) || count(action, mail, now) >= perEmail) {
            throw new InvalidInputException(field, "throttle.tooMany");
        }
        for (String subject : address == null ? new String[]{mail} : new String[]{address, mail}) {
            jdbc.sql("delete from request_throttle where action = ? and subject = ? and occurred_at < ?")
                    .params(action, subject, Timestamp.from(now.minus(Duration.ofDays(1)))).update();
            jdbc.sql("insert into request_throttle (action, subject, occurred_at) values (?, ?, ?)")
                    .params(action, subject, Timestamp.from(now)).update();
        }
    }

    private int count(String action, String subject, Instant now) {
        return jdbc.sql("select count(*) from request_throttle where action = ? and subject = ? and occurred_at > ?")
                .params(action, subject, Timestamp.from(now.minus(WINDOW))).query(Integer.class).single();
    }

    /** The address of the client of the current request; null outside a request (a job, a test without one). */
    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address == null ? null : address.substring(0, Math.min(address.length(), 200));
        }
        return null;
    }
}
