package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.review.AssessmentService;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.review.RefusalGround;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The decision maker's form: the assessments it rests on, grant or refuse, the amounts per year, conditions,
 * obligations, settlement deadline, advances, refusal ground, motivation and (when the call's co-financing rules are not
 * met on the confirmed pledges) a co-financing condition. It takes a {@link Setup} record, binds its fields to a
 * {@link Choices} record through {@link RecordForm}, and fires a {@link DecideEvent} with the {@link DecisionForm}; the view
 * checks it, asks for confirmation and takes it. Problems come back with {@link #showProblems}; nothing typed is lost.
 * An amount below zero is read (not "cannot be read") and refused by the rule at its year's field (DecisionPolicy).
 */
class DecisionFormPanel extends RecordForm<DecisionFormPanel.Choices> {

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
    private final Map<Integer, DecimalField> amounts = new TreeMap<>();
    private final DatePicker settlement;
    private final DatePicker coFinancingDueBy;
    private final Map<String, HasValidation> problemFields = new LinkedHashMap<>();

    DecisionFormPanel(Setup setup) {
        super(Choices.class);
        this.setup = setup;
        FormLayout form = getContent();
        form.setId("decision-panel");
        form.addClassName("review-section");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(new H2(getTranslation("review.decision")), 2);
        for (AssessmentService.AssessmentSummary summary : setup.assessments()) {
            form.add(new Paragraph(getTranslation("review.assessmentBy", summary.reviewer(),
                    summary.recommendation() == null ? "-" : getTranslation("recommendation." + summary.recommendation()),
                    summary.weightedScore() == null ? "-" : Formats.number(summary.weightedScore(), getLocale()))
                    + (summary.motivation() == null ? "" : " — " + summary.motivation())), 2);
        }
        RadioButtonGroup<Recommendation> kind = new RadioButtonGroup<>(getTranslation("review.decisionKind"));
        kind.setId("decision-kind");
        kind.setItems(Recommendation.GRANT, Recommendation.REFUSE);
        kind.setItemLabelGenerator(r -> getTranslation("decision.kind." + r));
        form.add(kind, 2);
        setup.asked().forEach((year, asked) -> {
            DecimalField field = new DecimalField(getTranslation("review.grantAmount", String.valueOf(year),
                    Formats.money(asked, getLocale())));
            field.setId("decision-amount-" + year);
            field.setPrefixComponent(new Span("€"));
            // a minus is read, and the rule answers at the field what an amount must be (not "cannot be read")
            field.setNegativeAllowed(true);
            field.setValue(asked);
            amounts.put(year, field);
            problemFields.put("amount" + year, field);
            form.add(field);
        });
        amounts.values().stream().findFirst().ifPresent(first -> problemFields.put("amounts", first));
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
        // the service checks the decision (DecisionPolicy) and its messages go to the fields: RecordForm binds without
        // validators, so the components' own constraints (a date's minimum, a text's length) do not stop the form
        bind(kind, "kind");
        bind(conditions, "conditions");
        bind(obligations, "reportObligations");
        bind(settlement, "settlementDeadline");
        bind(advance, "advance");
        bind(ground, "refusalGround");
        bind(motivation, "motivation");
        bind(coFinancingDueBy, "coFinancingDueBy");
        setValue(new Choices(Recommendation.GRANT, "", "", null, true, null, "", null));
        // what the decision maker typed survives a reload until the decision is taken (OutcomeSections forgets it)
        keepUntilSent("decision/" + setup.applicationId());
        amounts.forEach((year, field) -> keepAlso(field, "amount" + year));
        problemFields.putAll(fields());
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
        form.add(conditions, obligations, settlement, advance, ground, coFinancingDueBy);
        form.add(motivation, 2);
        form.add(new com.vaadin.flow.component.html.Div(decide), 2); // the button keeps its own width
    }

    Registration addDecideListener(ComponentEventListener<DecideEvent> listener) {
        return addListener(DecideEvent.class, listener);
    }

    /** Shows the service's problems at their fields; what cannot be placed goes to {@code elsewhere}. */
    void showProblems(InvalidInputException invalid, Consumer<String> elsewhere) {
        ProblemMessages.show(this, invalid, problemFields, elsewhere);
    }

    @Override
    public boolean hasUnreadableInput() {
        List<HasValidation> typed = new ArrayList<>(amounts.values());
        typed.addAll(List.of(settlement, coFinancingDueBy));
        return ProblemMessages.anyUnreadable(typed);
    }

    private void decide() {
        if (hasUnreadableInput()) {
            // a date or amount typed wrongly reads as empty: deciding on it would drop a condition or an amount
            ReviewApplicationView.notifyError(getTranslation("form.unreadable"));
            return;
        }
        ProblemMessages.clear(problemFields);
        fireEvent(new DecideEvent(this, form(getValue())));
    }

    private DecisionForm form(Choices choices) {
        boolean refuse = choices.kind() == Recommendation.REFUSE;
        SortedMap<Integer, BigDecimal> granted = new TreeMap<>();
        if (!refuse) {
            amounts.forEach((year, field) -> {
                // nothing or 0: no grant in that year; below 0 goes to the rule, which refuses it at the field
                if (field.getValue() != null && field.getValue().signum() != 0) {
                    granted.put(year, field.getValue());
                }
            });
        }
        List<DecisionForm.Advance> advances = new ArrayList<>();
        if (!refuse && choices.advance()) {
            // The usual schedule: 80% of each year's grant in advance, on the first day of that year
            // (or within a month of the decision when the year has begun).
            granted.forEach((year, amount) -> {
                if (amount.signum() <= 0) {
                    return;
                }
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
