package nl.gemeenschapsfonds.organisation;

import java.time.Instant;

/** An invitation that was sent and not accepted yet, and until when it can be accepted. */
public record OpenInvitation(String email, Instant expiresAt) {
}
