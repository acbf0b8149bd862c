package nl.gemeenschapsfonds.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One-time tokens for the links of the password-reset and address-change mails, kept like the
 * registration tokens: 32 random bytes (Base64url) in the link only, their SHA-256 hash in
 * {@code account_token}; {@link #markUsed} succeeds for the first caller only.
 */
@Component
class AccountTokens {

    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration EMAIL_CHANGE_VALIDITY = Duration.ofHours(48);

    enum Purpose { RESET_PASSWORD, CHANGE_EMAIL }

    record Token(long id, Purpose purpose, long userId, String newEmail, Instant expiresAt) {
    }

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue(Purpose purpose, long userId, String newEmail, Duration validity) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into account_token (token_hash, purpose, user_id, new_email, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(hash(token), purpose.name(), userId, newEmail, Timestamp.from(now), Timestamp.from(now.plus(validity)))
                .update();
        return token;
    }

    /** The token, checked: unknown (or of another purpose), used and expired tokens are refused with their reason. */
    Token valid(String rawToken, Purpose purpose) {
        if (rawToken == null || !FORMAT.matcher(rawToken).matches()) {
            throw new AccountTokenRefusedException(AccountTokenRefusedException.Reason.UNKNOWN);
        }
        record Row(Token token, Instant usedAt) {
        }
        Optional<Row> row = jdbc.sql("""
                        select id, purpose, user_id, new_email, expires_at, used_at from account_token
                        where token_hash = ? and purpose = ?""")
                .params(hash(rawToken), purpose.name())
                .query((rs, n) -> new Row(new Token(rs.getLong("id"), Purpose.valueOf(rs.getString("purpose")),
                        rs.getLong("user_id"), rs.getString("new_email"), rs.getTimestamp("expires_at").toInstant()),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional();
        Row found = row.orElseThrow(() -> new AccountTokenRefusedException(AccountTokenRefusedException.Reason.UNKNOWN));
        if (found.usedAt() != null) {
            throw new AccountTokenRefusedException(AccountTokenRefusedException.Reason.USED);
        }
        if (!found.token().expiresAt().isAfter(clock.instant())) {
            throw new AccountTokenRefusedException(AccountTokenRefusedException.Reason.EXPIRED);
        }
        return found.token();
    }

    /** Marks the token used, once: a second (or concurrent) use is refused. */
    void markUsed(Token token) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update account_token set used_at = ? where id = ? and used_at is null and expires_at > ?")
                .params(now, token.id(), now).update();
        if (updated != 1) {
            throw new AccountTokenRefusedException(AccountTokenRefusedException.Reason.USED);
        }
    }

    /** Every open token of this purpose for the user becomes unusable (a newer one was used). */
    void retireOpen(long userId, Purpose purpose) {
        jdbc.sql("update account_token set used_at = ? where user_id = ? and purpose = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), userId, purpose.name()).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
