package nl.gemeenschapsfonds.mailbox;

import nl.gemeenschapsfonds.base.mail.MailTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The link in an optional mail that switches its topic off without signing in (issue 17): {@code <user id>.<topic>.<mac>},
 * the MAC an HMAC-SHA256 over the user id and topic with the server secret: {@code app.mail.link-secret} when set (at
 * least 32 characters), else 32 random bytes the first node that needs them keeps in {@code mail_link_secret}, so every
 * node and every restart signs alike without configuration. Nothing else is in the link, so it neither expires nor
 * reveals anything; a changed id, topic or MAC is refused. A new secret makes older links fail (the user then switches
 * the topic off on the account page).
 */
@Component
public class UnsubscribeLinks {

    /** A valid link: whose choice, and which topic. */
    public record Target(long userId, MailTopic topic) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final String configured;
    private final String baseUrl;
    private volatile byte[] secret;

    UnsubscribeLinks(JdbcClient jdbc, PlatformTransactionManager transactions, @Value("${app.mail.link-secret:}") String configured,
                     @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        if (configured != null && !configured.isEmpty() && configured.length() < 32) {
            throw new IllegalStateException("app.mail.link-secret (APP_MAIL_LINK_SECRET) must be at least 32 characters "
                    + "(or empty: then the application keeps a random one in its database)");
        }
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configured = configured;
        this.baseUrl = baseUrl;
    }

    /** The token for this user and topic. */
    public String token(long userId, MailTopic topic) {
        String payload = userId + "." + topic.name();
        return payload + "." + mac(payload);
    }

    /** The whole link, for the mail's footer. */
    public String link(long userId, MailTopic topic) {
        return baseUrl + "/mail/unsubscribe?token=" + token(userId, topic);
    }

    /** What a token stands for, or empty when it was not made with this server's secret (changed or made up). */
    public Optional<Target> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Target(Long.parseLong(parts[0]), MailTopic.valueOf(parts[1])));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known != null) {
            return known;
        }
        if (configured != null && !configured.isEmpty()) {
            known = configured.getBytes(StandardCharsets.UTF_8);
        } else {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            // in a transaction of its own: the caller's may be read-only (a mail sent while reading)
            known = ownTransaction.execute(status -> {
                jdbc.sql("insert into mail_link_secret (id, secret) values (1, ?) on conflict (id) do nothing").param(fresh).update();
                return jdbc.sql("select secret from mail_link_secret where id = 1").query(byte[].class).single();
            });
        }
        secret = known;
        return known;
    }
}
