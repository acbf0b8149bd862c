package nl.gemeenschapsfonds.organisation;

/** A user of the organisation, as its profile page lists them; {@code you} marks the signed-in user. */
public record Member(String displayName, String email, boolean emailConfirmed, boolean you) {
}
