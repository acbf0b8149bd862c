package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.organisation.FunderData;
import nl.gemeenschapsfonds.organisation.Funders;
import nl.gemeenschapsfonds.security.Role;

/**
 * A funder's user sees their own funder as recorded (changes go through the administrator), its users,
 * and invites colleagues.
 */
@Route("funder/organisation")
@Menu(title = "menu.myFunder", order = 42, icon = "INSTITUTION")
@RolesAllowed(Role.FUNDER_)
class MyFunderView extends VerticalLayout implements HasDynamicTitle {

    MyFunderView(Funders funders) {
        setId("my-funder-view");
        setMaxWidth("64em");
        FunderData funder = funders.myFunder();
        add(new H1(funder.name()));
        Div details = new Div(line("funders.kind", getTranslation("funderKind." + funder.kind())),
                line("myFunder.kvkNumber", funder.kvkNumber() == null ? "—" : funder.kvkNumber()),
                line("funders.contactName", funder.contactName()), line("funders.contactEmail", funder.contactEmail()));
        details.setId("my-funder-details");
        add(details, new Paragraph(getTranslation("myFunder.changes")));
        if (!funder.active()) {
            Paragraph inactive = new Paragraph(getTranslation("pledge.validation.funderInactive"));
            inactive.setId("my-funder-inactive");
            inactive.addClassName("notice");
            add(inactive);
        }
        add(new MembersSection(funders::myColleagues, funders::myOpenInvitations, funders::inviteColleague));
    }

    private Paragraph line(String labelKey, String value) {
        return new Paragraph(getTranslation(labelKey) + ": " + (value == null || value.isBlank() ? "—" : value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myFunder");
    }
}
