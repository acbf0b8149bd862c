package nl.gemeenschapsfonds.organisation;

import java.time.Instant;

/** A funder that registered itself and waits for an administrator, with whether its e-mail address is confirmed. */
public record PendingFunder(long id, long version, String name, FunderKind kind, String contactName, String contactEmail,
                            boolean emailConfirmed, Instant registeredAt) {
}
