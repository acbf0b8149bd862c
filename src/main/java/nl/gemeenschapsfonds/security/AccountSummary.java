package nl.gemeenschapsfonds.security;

/** A user as a list of an organisation's members shows them. */
public record AccountSummary(long id, String email, String displayName, boolean emailConfirmed) {
}
