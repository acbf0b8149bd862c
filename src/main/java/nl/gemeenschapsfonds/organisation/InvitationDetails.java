package nl.gemeenschapsfonds.organisation;

/** An open invitation as the invitee sees it before accepting. */
public record InvitationDetails(String email, String organisationName, String invitedBy) {
}
