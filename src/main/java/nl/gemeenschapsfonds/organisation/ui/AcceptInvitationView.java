package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.organisation.InvitationAcceptance;
import nl.gemeenschapsfonds.organisation.InvitationDetails;
import nl.gemeenschapsfonds.organisation.OrganisationMembers;

/**
 * The link in an invitation mail ({@code invite?token=…}): the invitee chooses a name and a
 * password and becomes a user of the inviting organisation, then signs in.
 */
@Route(value = "invite", autoLayout = false)
@AnonymousAllowed
class AcceptInvitationView extends InvitationPage {

    private final OrganisationMembers members;

    AcceptInvitationView(OrganisationMembers members) {
        super("accept-invitation-view");
        this.members = members;
    }

    @Override
    InvitationDetails invitation(String token) {
        return members.invitation(token);
    }

    @Override
    void accept(String token, InvitationAcceptance acceptance) {
        members.accept(token, acceptance);
    }

    @Override
    String intro(InvitationDetails invitation) {
        return getTranslation("invite.intro", invitation.invitedBy(), invitation.organisationName());
    }
}
