package nl.gemeenschapsfonds.organisation;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One-time tokens for links in mails. The token (32 random bytes, Base64url) goes into the link
 * only; the table keeps its SHA-256 hash, so a copy of the database opens nothing. A token is
 * used at most once: {@link #markUsed} only succeeds for the first caller.
 */
@Component
class EmailTokens {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    enum Purpose { CONFIRM_EMAIL, INVITATION, FUNDER_INVITATION }

    record Token(long id, Purpose purpose, String email, Long userId, Long organisationId, Long funderId, Long invitedBy,
                 String locale, Instant expiresAt, Instant usedAt) {
    }

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    EmailTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issueConfirmation(long userId, String email, Locale locale) {
        return issue(Purpose.CONFIRM_EMAIL, email, userId, null, null, null, locale, CONFIRMATION_VALIDITY);
    }

    String issueInvitation(String email, long organisationId, long invitedBy, Locale locale) {
        return issue(Purpose.INVITATION, email, null, organisationId, null, invitedBy, locale, INVITATION_VALIDITY);
    }

    String issueFunderInvitation(String email, long funderId, long invitedBy, Locale locale) {
        return issue(Purpose.FUNDER_INVITATION, email, null, null, funderId, invitedBy, locale, INVITATION_VALIDITY);
    }

    /**
     * The token of this purpose, checked: unknown (or of another purpose), used and expired tokens
     * are refused with their reason.
     */
    Token valid(String rawToken, Purpose purpose) {
        Token token = find(rawToken, purpose).orElseThrow(() -> new TokenRefusedException(TokenRefusedException.Reason.UNKNOWN));
        if (token.usedAt() != null) {
            throw new TokenRefusedException(TokenRefusedException.Reason.USED);
        }
        if (!token.expiresAt().isAfter(clock.instant())) {
            throw new TokenRefusedException(TokenRefusedException.Reason.EXPIRED);
        }
        return token;
    }

    /** Marks the token used, once: a second (or concurrent) use is refused. */
    void markUsed(Token token, Long userId) {
        int updated = jdbc.sql("""
                        update email_token set used_at = ?, user_id = coalesce(user_id, ?)
                        where id = ? and used_at is null and expires_at > ?""")
                .params(Timestamp.from(clock.instant()), userId, token.id(), Timestamp.from(clock.instant()))
                .update();
        if (updated != 1) {
            throw new TokenRefusedException(TokenRefusedException.Reason.USED);
        }
    }

    List<OpenInvitation> openInvitations(long organisationId) {
        return open("organisation_id", Purpose.INVITATION, organisationId);
    }

    List<OpenInvitation> openFunderInvitations(long funderId) {
        return open("funder_id", Purpose.FUNDER_INVITATION, funderId);
    }

    private List<OpenInvitation> open(String column, Purpose purpose, long id) {
        return jdbc.sql("""
                        select email, max(expires_at) as expires_at from email_token
                        where purpose = ? and %s = ? and used_at is null and expires_at > ?
                        group by email order by email""".formatted(column))
                .params(purpose.name(), id, Timestamp.from(clock.instant()))
                .query((rs, row) -> new OpenInvitation(rs.getString("email"), rs.getTimestamp("expires_at").toInstant()))
                .list();
    }

    private Optional<Token> find(String rawToken, Purpose purpose) {
        if (rawToken == null || !FORMAT.matcher(rawToken).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, purpose, email, user_id, organisation_id, funder_id, invited_by, locale, expires_at, used_at
                        from email_token where token_hash = ? and purpose = ?""")
                .params(hash(rawToken), purpose.name())
                .query((rs, row) -> new Token(rs.getLong("id"), Purpose.valueOf(rs.getString("purpose")),
                        rs.getString("email"), rs.getObject("user_id", Long.class),
                        rs.getObject("organisation_id", Long.class), rs.getObject("funder_id", Long.class),
                        rs.getObject("invited_by", Long.class),
                        rs.getString("locale"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional();
    }

    private String issue(Purpose purpose, String email, Long userId, Long organisationId, Long funderId, Long invitedBy,
                         Locale locale, Duration validity) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into email_token (token_hash, purpose, email, user_id, organisation_id, funder_id, invited_by,
                            locale, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hash(token), purpose.name(), email, userId, organisationId, funderId, invitedBy,
                        "en".equals(locale.getLanguage()) ? "en" : "nl", Timestamp.from(now), Timestamp.from(now.plus(validity)))
                .update();
        return token;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
