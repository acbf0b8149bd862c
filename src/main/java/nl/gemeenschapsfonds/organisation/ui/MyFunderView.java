package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.organisation.FunderData;
import nl.gemeenschapsfonds.organisation.FunderDetails;
import nl.gemeenschapsfonds.organisation.Funders;
import nl.gemeenschapsfonds.security.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A funder's user sees their own funder as recorded, keeps its contact, address and public description themselves
 * (issue 22; its name and kind are the administrator's to change), sees its users, and invites colleagues.
 */
@Route("funder/organisation")
@Menu(title = "menu.myFunder", order = 42, icon = "INSTITUTION")
@RolesAllowed(Role.FUNDER_)
class MyFunderView extends VerticalLayout implements HasDynamicTitle {

    private final Funders funders;
    private final FunderDetailsForm form = new FunderDetailsForm();
    private FunderDetails shown;

    MyFunderView(Funders funders) {
        this.funders = funders;
        setId("my-funder-view");
        setMaxWidth("64em");
        FunderData funder = funders.myFunder();
        add(new H1(funder.name()));
        Div details = new Div(line("funders.kind", getTranslation("funderKind." + funder.kind())),
                line("myFunder.kvkNumber", funder.kvkNumber() == null ? "—" : funder.kvkNumber()));
        details.setId("my-funder-details");
        add(details, new Paragraph(getTranslation("myFunder.changes")));
        if (!funder.active()) {
            Paragraph inactive = new Paragraph(getTranslation("pledge.validation.funderInactive"));
            inactive.setId("my-funder-inactive");
            inactive.addClassName("notice");
            add(inactive);
        }
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("my-funder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("myFunder.ownDetails")), new Paragraph(getTranslation("myFunder.ownDetails.intro")), form, save);
        shown = funders.myDetails();
        form.read(shown);
        add(new MembersSection(funders::myColleagues, funders::myOpenInvitations, funders::inviteColleague));
    }

    private void save() {
        ProblemMessages.clear(form.fields());
        try {
            shown = funders.saveMyDetails(form.value(shown));
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, form.fields(), this::error);
            return;
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException conflict) {
            error(getTranslation("edit.conflict"));
            return;
        }
        form.read(shown);
        Notification.show(getTranslation("myFunder.saved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Paragraph line(String labelKey, String value) {
        return new Paragraph(getTranslation(labelKey) + ": " + (value == null || value.isBlank() ? "—" : value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myFunder");
    }
}
