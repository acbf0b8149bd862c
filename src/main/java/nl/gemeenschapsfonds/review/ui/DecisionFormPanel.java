package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.review.AssessmentService;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.review.RefusalGround;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The decision maker's form: the assessments it rests on, grant or refuse, the amounts per year, conditions,
 * obligations, settlement deadline, advances, refusal ground, motivation and (when the call's co-financing rules are not
 * met on the confirmed pledges) a co-financing condition. It takes a {@link Setup} record, binds its fields to a
 * {@link Choices} record with a {@link Binder}, and fires a {@link DecideEvent} with the {@link DecisionForm}; the view
 * checks it, asks for confirmation and takes it. Problems come back with {@link #showProblems}; nothing typed is lost.
 */
class DecisionFormPanel extends Composite<VerticalLayout> {

    /** What the form starts from: the grant asked per year, whether the co-financing rules are met, today. */
    record Setup(long applicationId, SortedMap<Integer, BigDecimal> asked, boolean coFinancingRulesMet, LocalDate today,
                 List<AssessmentService.AssessmentSummary> assessments) {
    }

    /** The choices on the form apart from the amounts per year (those are one field per year). */
    public record Choices(Recommendation kind, String conditions, String reportObligations, LocalDate settlementDeadline,
                   boolean advance, RefusalGround refusalGround, String motivation, LocalDate coFinancingDueBy) {
    }

    /** The decision maker asks to take this decision. */
    static class DecideEvent extends ComponentEvent<DecisionFormPanel> {

        private final DecisionForm form;

        DecideEvent(DecisionFormPanel source, DecisionForm form) {
            super(source, false);
            this.form = form;
        }

        DecisionForm form() {
            return form;
        }
    }

    private final Setup setup;
    /**
     * The binder leaves the fields' invalid state and messages alone: they are the service's (its problems at the fields)
     * and the picker's own (unreadable input), which a validation without validators would clear.
     */
    private static final com.vaadin.flow.data.binder.BindingValidationStatusHandler NO_STATUS = status -> {
    };

    private final Binder<Choices> binder = new Binder<>(Choices.class);
    private final Map<Integer, DecimalField> amounts = new TreeMap<>();
    private final DatePicker settlement;
    private final DatePicker coFinancingDueBy;
    private final Map<String, HasValidation> fields;

    DecisionFormPanel(Setup setup) {
        this.setup = setup;
        VerticalLayout section = getContent();
        section.setPadding(false);
        section.addClassName("review-section");
        section.add(new H2(getTranslation("review.decision")));
        for (AssessmentService.AssessmentSummary summary : setup.assessments()) {
            section.add(new Paragraph(getTranslation("review.assessmentBy", summary.reviewer(),
                    summary.recommendation() == null ? "-" : getTranslation("recommendation." + summary.recommendation()),
                    summary.weightedScore() == null ? "-" : Formats.number(summary.weightedScore(), getLocale()))
                    + (summary.motivation() == null ? "" : " — " + summary.motivation())));
        }
        RadioButtonGroup<Recommendation> kind = new RadioButtonGroup<>(getTranslation("review.decisionKind"));
        kind.setId("decision-kind");
        kind.setItems(Recommendation.GRANT, Recommendation.REFUSE);
        kind.setItemLabelGenerator(r -> getTranslation("decision.kind." + r));
        setup.asked().forEach((year, asked) -> {
            DecimalField field = new DecimalField(getTranslation("review.grantAmount", String.valueOf(year),
                    Formats.money(asked, getLocale())));
            field.setId("decision-amount-" + year);
            field.setPrefixComponent(new Span("€"));
            field.setValue(asked);
            amounts.put(year, field);
        });
        TextArea conditions = ReviewApplicationView.area("decision-conditions", getTranslation("review.conditions"));
        TextArea obligations = ReviewApplicationView.area("decision-obligations", getTranslation("review.obligations"));
        settlement = DatePickers.create(getTranslation("review.settlementDeadline"), getLocale());
        settlement.setId("decision-settlement");
        Checkbox advance = new Checkbox(getTranslation("review.advance"));
        advance.setId("decision-advance");
        Select<RefusalGround> ground = new Select<>();
        ground.setLabel(getTranslation("review.refusalGround"));
        ground.setId("decision-ground");
        ground.setItems(RefusalGround.values());
        ground.setItemLabelGenerator(g -> getTranslation("refusalGround." + g));
        TextArea motivation = ReviewApplicationView.area("decision-motivation", getTranslation("review.motivation"));
        // When the call's rules are not met on the confirmed pledges, the grant may wait for the missing co-financing.
        coFinancingDueBy = DatePickers.create(getTranslation("review.coFinancingDueBy"), getLocale());
        coFinancingDueBy.setId("decision-cofinancing-due");
        coFinancingDueBy.setHelperText(getTranslation("review.coFinancingDueBy.helper"));
        coFinancingDueBy.setMin(setup.today().plusDays(1));
        // the service checks the decision (DecisionPolicy) and its messages go to the fields: the components' own
        // constraints (a date's minimum, a text's length) must not stop the form before it is asked
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(kind).withValidationStatusHandler(NO_STATUS).bind("kind");
        binder.forField(conditions).withValidationStatusHandler(NO_STATUS).bind("conditions");
        binder.forField(obligations).withValidationStatusHandler(NO_STATUS).bind("reportObligations");
        binder.forField(settlement).withValidationStatusHandler(NO_STATUS).bind("settlementDeadline");
        binder.forField(advance).withValidationStatusHandler(NO_STATUS).bind("advance");
        binder.forField(ground).withValidationStatusHandler(NO_STATUS).bind("refusalGround");
        binder.forField(motivation).withValidationStatusHandler(NO_STATUS).bind("motivation");
        binder.forField(coFinancingDueBy).withValidationStatusHandler(NO_STATUS).bind("coFinancingDueBy");
        binder.readRecord(new Choices(Recommendation.GRANT, "", "", null, true, null, "", null));
        fields = new HashMap<>(Map.of("motivation", motivation, "refusalGround", ground, "conditions", conditions,
                "reportObligations", obligations, "coFinancingDueBy", coFinancingDueBy));
        Runnable toggle = () -> {
            boolean refuse = kind.getValue() == Recommendation.REFUSE;
            amounts.values().forEach(field -> field.setVisible(!refuse));
            conditions.setVisible(!refuse);
            obligations.setVisible(!refuse);
            settlement.setVisible(!refuse);
            advance.setVisible(!refuse);
            ground.setVisible(refuse);
            coFinancingDueBy.setVisible(!refuse && !setup.coFinancingRulesMet());
        };
        kind.addValueChangeListener(e -> toggle.run());
        toggle.run();
        Button decide = new Button(getTranslation("review.decide"), click -> decide());
        decide.setId("decision-take");
        decide.getElement().setAttribute("aria-haspopup", "dialog");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(kind);
        amounts.values().forEach(section::add);
        section.add(new FormLayout(conditions, obligations, settlement, advance, ground, coFinancingDueBy), motivation, decide);
    }

    Registration addDecideListener(ComponentEventListener<DecideEvent> listener) {
        return addListener(DecideEvent.class, listener);
    }

    /** Shows the service's problems at their fields; what cannot be placed goes to {@code elsewhere}. */
    void showProblems(InvalidInputException invalid, Consumer<String> elsewhere) {
        ProblemMessages.show(this, invalid, fields, elsewhere);
    }

    private void decide() {
        List<HasValidation> typed = new ArrayList<>(amounts.values());
        typed.addAll(List.of(settlement, coFinancingDueBy));
        if (ProblemMessages.anyUnreadable(typed)) {
            // a date or amount typed wrongly reads as empty: deciding on it would drop a condition or an amount
            ReviewApplicationView.notifyError(getTranslation("form.unreadable"));
            return;
        }
        ProblemMessages.clear(fields);
        Choices choices;
        try {
            choices = binder.writeRecord();
        } catch (ValidationException invalid) {
            return; // no validators are bound: the service checks the decision (DecisionPolicy)
        }
        fireEvent(new DecideEvent(this, form(choices)));
    }

    private DecisionForm form(Choices choices) {
        boolean refuse = choices.kind() == Recommendation.REFUSE;
        SortedMap<Integer, BigDecimal> granted = new TreeMap<>();
        if (!refuse) {
            amounts.forEach((year, field) -> {
                if (field.getValue() != null && field.getValue().signum() > 0) {
                    granted.put(year, field.getValue());
                }
            });
        }
        List<DecisionForm.Advance> advances = new ArrayList<>();
        if (!refuse && choices.advance()) {
            // The usual schedule: 80% of each year's grant in advance, on the first day of that year
            // (or within a month of the decision when the year has begun).
            granted.forEach((year, amount) -> {
                LocalDate due = LocalDate.of(year, 1, 1);
                advances.add(new DecisionForm.Advance(due.isBefore(setup.today()) ? setup.today().plusMonths(1) : due, year,
                        amount.multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.HALF_UP)));
            });
        }
        return new DecisionForm(setup.applicationId(), refuse ? Recommendation.REFUSE : Recommendation.GRANT, granted,
                choices.conditions(), choices.reportObligations(), choices.settlementDeadline(), advances,
                refuse ? choices.refusalGround() : null, choices.motivation(),
                refuse || !coFinancingDueBy.isVisible() ? null : choices.coFinancingDueBy());
    }
}
