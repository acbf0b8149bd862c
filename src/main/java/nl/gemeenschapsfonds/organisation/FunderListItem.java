package nl.gemeenschapsfonds.organisation;

import java.time.Instant;

/** A funder as the administrator's list shows it. */
public record FunderListItem(long id, String name, FunderKind kind, boolean active, FunderRegistration registration,
                             String contactName, String contactEmail, int users, Instant registeredAt) {
}
