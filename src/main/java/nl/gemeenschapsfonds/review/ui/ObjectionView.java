package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.KeptDrafts;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.RouteIds;
import nl.gemeenschapsfonds.review.Objection;
import nl.gemeenschapsfonds.review.ObjectionOverview;
import nl.gemeenschapsfonds.review.ObjectionService;
import nl.gemeenschapsfonds.review.ObjectionSubject;
import nl.gemeenschapsfonds.security.Role;

import java.util.Locale;
import java.util.Map;

/**
 * The applicant objects to the decision on their application: the page says until when the
 * objection period runs, takes the grounds, and afterwards shows the objection, the date by which
 * the authority decides on it, and that decision. An application of another organisation, or one
 * without a decision, is not found.
 */
@Route("applications/:applicationId/objection")
@RolesAllowed(Role.APPLICANT_)
class ObjectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ObjectionService objections;
    private ObjectionOverview overview;

    ObjectionView(ObjectionService objections) {
        this.objections = objections;
        setId("objection-view");
        setMaxWidth("60em");
    }

    /** What the page objects to: the decision here, the settlement on {@link SettlementObjectionView}. */
    ObjectionSubject subject() {
        return ObjectionSubject.DECISION;
    }

    private String key(String key) {
        return subject() == ObjectionSubject.SETTLEMENT ? key.replace("objection.", "objection.settlement.") : key;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.find(event, "applicationId", id -> objections.mine(id, subject())).ifPresent(found -> {
            overview = found;
            render();
        });
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        ObjectionOverview.DecisionFacts decision = overview.decision();
        add(new H1(getTranslation(key("objection.pageTitle"))));
        add(new Paragraph(overview.reference() + " — " + overview.title()));
        Paragraph deadline = new Paragraph(getTranslation(
                decision.periodPassedOn(overview.today()) ? "objection.applicant.periodPassed" : "objection.applicant.period",
                Formats.date(decision.objectionDeadline(), locale), Formats.date(decision.date(), locale)));
        deadline.setId("objection-deadline");
        add(deadline);

        if (overview.objection() != null) {
            showObjection(overview.objection(), locale);
        } else if (overview.mayRegister()) {
            showForm();
        }
        Button back = new Button(getTranslation("action.back"),
                click -> ReviewNavigation.toApplicantApplication(overview.applicationId()));
        back.setId("objection-back");
        add(back);
    }

    private void showForm() {
        add(new Paragraph(getTranslation(key("objection.applicant.explain"))));
        TextArea grounds = new TextArea(getTranslation(key("objection.applicant.grounds")));
        grounds.setId("objection-grounds");
        grounds.setMaxLength(4000);
        grounds.setWidthFull();
        grounds.setMinHeight("12em");
        grounds.setHelperText(getTranslation("objection.groundsHelper"));
        // the grounds as typed survive a reload until the objection is sent
        String kept = "objection/" + overview.applicationId() + "/" + subject();
        KeptDrafts.keep(grounds, kept);
        Map<String, HasValidation> fields = Map.of("grounds", grounds);
        Button submit = new Button(getTranslation("objection.applicant.submit"), click -> {
            ProblemMessages.clear(fields);
            try {
                Objection objection = objections.object(overview.applicationId(), grounds.getValue(), subject());
                KeptDrafts.forget(kept);
                overview = objections.mine(overview.applicationId(), subject()).orElseThrow();
                render();
                Notification.show(getTranslation("objection.applicant.received", Formats.date(objection.decisionDue(), getLocale())),
                        8000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                ProblemMessages.show(this, invalid, fields, message -> Notification.show(message, 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        });
        submit.setId("objection-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(grounds, new HorizontalLayout(submit));
    }

    private void showObjection(Objection objection, Locale locale) {
        add(new H2(getTranslation("objection.applicant.yours")));
        Paragraph received = new Paragraph(getTranslation("objection.receivedOn", Formats.date(objection.receivedOn(), locale)));
        received.setId("objection-received");
        if (objection.late()) {
            Span late = new Span(getTranslation("objection.lateBadge"));
            late.getElement().getThemeList().add("badge error");
            received.add(new Span(" "), late);
        }
        Paragraph grounds = new Paragraph(objection.grounds());
        grounds.getStyle().set("white-space", "pre-line");
        add(received, grounds);
        if (objection.decided()) {
            Paragraph outcome = new Paragraph(getTranslation("objection.decidedAs",
                    getTranslation("objection.outcome." + objection.outcome()), Formats.dateTime(objection.decidedAt(), locale)));
            outcome.setId("objection-outcome-text");
            Paragraph motivation = new Paragraph(objection.outcomeMotivation());
            motivation.getStyle().set("white-space", "pre-line");
            add(outcome, motivation);
        } else {
            Paragraph due = new Paragraph(getTranslation("objection.applicant.decisionDue", Formats.date(objection.decisionDue(), locale)));
            due.setId("objection-decision-due");
            add(due);
        }
    }

    @Override
    public String getPageTitle() {
        // the application's reference names the page (issue 23: WCAG 2.4.2, a title per page of a record)
        return overview == null ? getTranslation(key("objection.pageTitle"))
                : getTranslation(key("objection.pageTitleWithReference"), overview.reference());
    }
}
