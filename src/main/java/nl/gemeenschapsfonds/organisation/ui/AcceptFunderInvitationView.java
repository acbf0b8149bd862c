package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.organisation.Funders;
import nl.gemeenschapsfonds.organisation.InvitationAcceptance;
import nl.gemeenschapsfonds.organisation.InvitationDetails;

/** The link in a funder invitation ({@code funder/invite?token=…}): the invitee chooses a name and password. */
@Route(value = "funder/invite", autoLayout = false)
@AnonymousAllowed
class AcceptFunderInvitationView extends InvitationPage {

    private final Funders funders;

    AcceptFunderInvitationView(Funders funders) {
        super("accept-funder-invitation-view");
        this.funders = funders;
    }

    @Override
    InvitationDetails invitation(String token) {
        return funders.invitation(token);
    }

    @Override
    void accept(String token, InvitationAcceptance acceptance) {
        funders.accept(token, acceptance);
    }

    @Override
    String intro(InvitationDetails invitation) {
        return getTranslation("funderInvite.intro", invitation.organisationName());
    }
}
