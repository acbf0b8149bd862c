package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.CoApplicants;
import nl.gemeenschapsfonds.submission.PartnerApplicationItem;

import java.util.List;

/**
 * "Partner in" (issue 21, ADR 0030): the submitted applications of other organisations that name the applicant's
 * organisation as co-applicant. Each opens the application's page, to read: its content and its decision.
 */
@Route("partner-applications")
@Menu(title = "menu.partnerIn", order = 11, icon = "GROUP")
@RolesAllowed(Role.APPLICANT_)
class PartnerApplicationsView extends VerticalLayout implements HasDynamicTitle {

    PartnerApplicationsView(CoApplicants coApplicants) {
        setId("partner-applications-view");
        setMaxWidth("60em");
        add(new H1(getTranslation("coapp.partnerIn.title")), new Paragraph(getTranslation("coapp.partnerIn.intro")));
        List<PartnerApplicationItem> items = coApplicants.partnerIn();
        if (items.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("coapp.partnerIn.empty")));
            empty.setId("partner-applications-empty");
            add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("partner-applications-list");
        list.addClassName("partner-applications");
        for (PartnerApplicationItem item : items) {
            Anchor open = new Anchor(SubmissionNavigation.applicationPath(item.id()), item.reference() + " · " + item.title());
            open.setId("partner-application-" + item.id());
            Span status = new Span(getTranslation("status." + item.status()));
            status.getElement().getThemeList().add("badge");
            Paragraph facts = new Paragraph(getTranslation("coapp.partnerIn.facts", item.leadOrganisation(), item.role(),
                    item.callTitle(getLocale()), Formats.dateTime(item.submittedAt(), getLocale())));
            list.add(new ListItem(new Div(open), new Div(status), facts));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coapp.partnerIn.title");
    }
}
