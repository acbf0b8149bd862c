package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.KeptDrafts;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.review.Objection;
import nl.gemeenschapsfonds.review.ObjectionDecisionForm;
import nl.gemeenschapsfonds.review.ObjectionOutcome;
import nl.gemeenschapsfonds.review.ObjectionOverview;
import nl.gemeenschapsfonds.review.ObjectionService;
import nl.gemeenschapsfonds.review.ObjectionSubject;
import nl.gemeenschapsfonds.review.Recommendation;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The objection part of the reviewer's and decision maker's page of an application: the objection
 * period of the decision, the objection with the date it must be decided by, a reviewer's form to
 * register an objection that came by post, and the decision maker's form to decide on it. Not a
 * route: the application page embeds it with {@code new ObjectionPanel(objectionService, id)}.
 */
public class ObjectionPanel extends VerticalLayout {

    private final ObjectionService objections;
    private final long applicationId;
    private final ObjectionSubject subject;

    public ObjectionPanel(ObjectionService objections, long applicationId) {
        this(objections, applicationId, ObjectionSubject.DECISION);
    }

    /**
     * The objection against the decision, or — {@link ObjectionSubject#SETTLEMENT} — against the settlement, a decision of
     * its own with its own term; an upheld one raises the settled amounts per year (ADR 0029).
     */
    public ObjectionPanel(ObjectionService objections, long applicationId, ObjectionSubject subject) {
        this.objections = objections;
        this.applicationId = applicationId;
        this.subject = subject;
        setId(settlement() ? "settlement-objection-panel" : "objection-panel");
        setPadding(false);
        refresh();
    }

    /** Shows the objection as it stands now. */
    public final void refresh() {
        removeAll();
        ObjectionOverview overview = objections.overview(applicationId, subject);
        if (settlement() && overview.decision() == null) {
            // settled at once with the grant decision: that decision's objection covers it
            setVisible(false);
            return;
        }
        Locale locale = getLocale();
        add(new H2(getTranslation(settlement() ? "objection.settlement.heading" : "objection.heading")));
        ObjectionOverview.DecisionFacts decision = overview.decision();
        if (decision == null) {
            Paragraph none = new Paragraph(getTranslation("objection.noDecisionYet"));
            none.setId("objection-no-decision");
            add(none);
            return;
        }
        Paragraph period = new Paragraph(getTranslation(decision.periodPassedOn(overview.today()) ? "objection.periodPassed" : "objection.period",
                Formats.date(decision.date(), locale), Formats.date(decision.objectionDeadline(), locale)));
        period.setId("objection-period");
        add(period);
        if (overview.objection() != null) {
            add(details(overview.objection(), overview, locale));
        } else if (!overview.mayRegister()) {
            add(new Paragraph(getTranslation("objection.none")));
        }
        if (overview.mayRegister()) {
            add(registerForm(overview));
        }
        if (overview.mayDecide()) {
            add(decideForm(overview));
        }
    }

    private Div details(Objection objection, ObjectionOverview overview, Locale locale) {
        Div details = new Div();
        details.setId("objection-details");
        Paragraph received = new Paragraph(getTranslation("objection.receivedOn", Formats.date(objection.receivedOn(), locale)));
        received.setId("objection-received");
        if (objection.late()) {
            Span late = new Span(getTranslation("objection.lateBadge"));
            late.setId("objection-late");
            late.getElement().getThemeList().add("badge error");
            received.add(new Span(" "), late);
        }
        details.add(received);
        Paragraph grounds = new Paragraph(objection.grounds());
        grounds.setId("objection-grounds-text");
        grounds.getStyle().set("white-space", "pre-line");
        details.add(grounds);
        if (objection.decided()) {
            Paragraph outcome = new Paragraph(getTranslation("objection.decidedAs",
                    getTranslation("objection.outcome." + objection.outcome()),
                    Formats.dateTime(objection.decidedAt(), locale)));
            outcome.setId("objection-outcome-text");
            Paragraph motivation = new Paragraph(objection.outcomeMotivation());
            motivation.getStyle().set("white-space", "pre-line");
            details.add(outcome, motivation);
        } else {
            Paragraph due = new Paragraph(getTranslation("objection.decisionDue", Formats.date(objection.decisionDue(), locale)));
            due.setId("objection-decision-due");
            if (objection.overdueOn(overview.today())) {
                Span overdue = new Span(getTranslation("objection.overdue"));
                overdue.getElement().getThemeList().add("badge error");
                due.add(new Span(" "), overdue);
            }
            details.add(due);
        }
        return details;
    }

    private FormLayout registerForm(ObjectionOverview overview) {
        DatePicker receivedOn = DatePickers.create(getTranslation("objection.receivedOnLabel"), getLocale());
        receivedOn.setId("objection-received-on");
        receivedOn.setValue(overview.today());
        receivedOn.setMax(overview.today());
        receivedOn.setMin(overview.decision().date());
        TextArea grounds = groundsField();
        String kept = "objection-register/" + applicationId + "/" + subject;
        KeptDrafts.keep(grounds, kept);
        Map<String, HasValidation> fields = Map.of("receivedOn", receivedOn, "grounds", grounds);
        Button register = new Button(getTranslation("objection.register"), click -> {
            ProblemMessages.clear(fields);
            try {
                Objection objection = objections.register(applicationId, receivedOn.getValue(), grounds.getValue(), subject);
                KeptDrafts.forget(kept);
                notify(getTranslation(objection.late() ? "objection.registeredLate" : "objection.registered",
                        Formats.date(objection.decisionDue(), getLocale())), NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException invalid) {
                ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
            }
        });
        register.setId("objection-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(receivedOn, grounds, register);
        form.setColspan(grounds, 2);
        form.setId("objection-register-form");
        return form;
    }

    private FormLayout decideForm(ObjectionOverview overview) {
        RadioButtonGroup<ObjectionOutcome> outcome = new RadioButtonGroup<>(getTranslation("objection.outcome"));
        outcome.setId("objection-outcome");
        outcome.setItems(ObjectionOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("objection.outcome." + value));
        TextArea motivation = new TextArea(getTranslation("objection.motivation"));
        motivation.setId("objection-motivation");
        motivation.setMaxLength(4000);
        motivation.setWidthFull();
        String kept = "objection-decision/" + applicationId + "/" + subject;
        KeptDrafts.keep(motivation, kept);
        boolean grant = overview.decision().kind() != Recommendation.REFUSE;
        NewAmountsField amounts = settlement()
                ? new NewAmountsField("objection-new-amounts", overview.asked(), overview.decision().amounts(),
                "objection.settlement.newAmounts", "objection.settlement.grantedHelper")
                : new NewAmountsField("objection-new-amounts", overview.asked(), overview.decision().amounts());
        amounts.setVisible(false);
        outcome.addValueChangeListener(change -> amounts.setVisible(grant && change.getValue() != null
                && change.getValue().mayChangeAmounts()));
        Map<String, HasValidation> fields = Map.of("outcome", outcome, "motivation", motivation, "newAmounts", amounts);
        Button decide = new Button(getTranslation("objection.decide"), click -> {
            ProblemMessages.clear(fields);
            if (amounts.isVisible() && amounts.anyUnreadable()) {
                notify(getTranslation("form.unreadable"), NotificationVariant.LUMO_ERROR);
                return;
            }
            try {
                objections.decide(new ObjectionDecisionForm(applicationId, outcome.getValue(), motivation.getValue(),
                        amounts.isVisible() ? amounts.getValue() : new TreeMap<>(), subject));
                KeptDrafts.forget(kept);
                notify(getTranslation("objection.decided"), NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException invalid) {
                ProblemMessages.show(this, invalid, fields, message -> notify(message, NotificationVariant.LUMO_ERROR));
            }
        });
        decide.setId("objection-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(outcome, motivation, amounts, decide);
        form.setColspan(motivation, 2);
        form.setColspan(amounts, 2);
        form.setId("objection-decide-form");
        return form;
    }

    private boolean settlement() {
        return subject == ObjectionSubject.SETTLEMENT;
    }

    private TextArea groundsField() {
        TextArea grounds = new TextArea(getTranslation("objection.grounds"));
        grounds.setId("objection-grounds");
        grounds.setMaxLength(4000);
        grounds.setWidthFull();
        grounds.setHelperText(getTranslation("objection.groundsHelper"));
        return grounds;
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
