package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.fund.ui.FundNavigation;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.SubmissionService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Step 1 for a new application: choose an open call; calls that are not open say why. */
@Route("applications/new")
@RolesAllowed(Role.APPLICANT_)
class NewApplicationView extends VerticalLayout implements HasDynamicTitle {

    NewApplicationView(CallCatalogue catalogue, SubmissionService submissions, Clock clock) {
        setId("new-application-view");
        setMaxWidth("60em");
        add(new H1(getTranslation("newApplication.title")), new Paragraph(getTranslation("newApplication.intro")));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        List<CallTerms> calls = catalogue.publishedCalls();
        if (calls.isEmpty()) {
            add(new Paragraph(getTranslation("newApplication.none")));
        }
        for (CallTerms call : calls) {
            CallTerms.Availability availability = call.availabilityOn(today);
            Div card = new Div();
            card.addClassName("call-card");
            card.add(new H3(call.title(getLocale())), new Span(call.authorityName()));
            if (call.description(getLocale()) != null) {
                card.add(new Paragraph(call.description(getLocale())));
            }
            card.add(new Paragraph(getTranslation("wizard.callAvailability." + availability,
                    Formats.date(call.openDate(), getLocale()), Formats.date(call.closeDate(), getLocale()))));
            Button start = new Button(getTranslation("newApplication.start"), click -> {
                try {
                    // the answers of the call's eligibility check given before, also before registering (issue 21)
                    long id = submissions.startDraft(call.id(), FundNavigation.carriedEligibility(call.id()));
                    FundNavigation.eligibilityCarried(call.id());
                    SubmissionNavigation.toWizard(id);
                } catch (InvalidInputException invalid) {
                    invalid.problems().forEach(problem ->
                            com.vaadin.flow.component.notification.Notification.show(ProblemMessages.text(this, problem)));
                }
            });
            start.setId("start-call-" + call.id());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setEnabled(availability == CallTerms.Availability.OPEN);
            card.add(start);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newApplication.title");
    }
}
