package nl.gemeenschapsfonds.submission;

import java.time.Instant;

/** An application was submitted: other modules (review, mail) react to it. */
public record ApplicationSubmitted(Long applicationId, String reference, Instant receivedAt) {
}
