package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.submission.CoFinancingSought;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Part of step 5: one field per year of the project for the co-financing still missing, shown while the applicant
 * seeks co-financing. Checked as typed with the service's own rules; an amount that breaks them stays in its field
 * with the message and is left out of the save until it is put right. Fires {@link WizardStepChanged} when the
 * applicant types an amount.
 */
class MissingCofinancingFields extends Composite<VerticalLayout> {

    private final Map<Integer, DecimalField> missingFields = new TreeMap<>();
    private final Map<Integer, BigDecimal> missingTyped = new TreeMap<>();
    private boolean rebuilding;

    MissingCofinancingFields() {
        getContent().setId("wizard-missing-years");
        getContent().setPadding(false);
    }

    /** The amounts as saved, shown at the next {@link #rebuild}. */
    void setTyped(Map<Integer, BigDecimal> saved) {
        missingTyped.clear();
        missingTyped.putAll(saved);
    }

    /** Shows a field per project year (with its costs in the label) while {@code seeking}; else nothing. */
    void rebuild(boolean seeking, SortedSet<Integer> years, SortedMap<Integer, BigDecimal> costs) {
        boolean wasRebuilding = rebuilding;
        rebuilding = true;
        try {
            VerticalLayout content = getContent();
            content.removeAll();
            content.setVisible(seeking);
            missingFields.clear();
            if (!seeking) {
                return;
            }
            content.add(new Paragraph(getTranslation("wizard.missingIntro")));
            if (years.isEmpty()) {
                content.add(new Paragraph(getTranslation("wizard.missingNoYears")));
            }
            for (int year : years) {
                BigDecimal costsOfYear = costs.getOrDefault(year, BigDecimal.ZERO);
                DecimalField field = new DecimalField(getTranslation("wizard.missingInYear", String.valueOf(year),
                        Formats.money(costsOfYear, getLocale())));
                field.setId("wizard-missing-" + year);
                field.setPrefixComponent(new Span("€"));
                field.setValue(missingTyped.get(year));
                field.addValueChangeListener(e -> {
                    if (e.getValue() == null) {
                        missingTyped.remove(year);
                    } else {
                        missingTyped.put(year, e.getValue());
                    }
                    if (!rebuilding) {
                        fireEvent(new WizardStepChanged(this));
                    }
                    check(year, field, years, costsOfYear);
                });
                check(year, field, years, costsOfYear);
                missingFields.put(year, field);
                content.add(field);
            }
        } finally {
            rebuilding = wasRebuilding;
        }
    }

    private void check(int year, DecimalField field, SortedSet<Integer> years, BigDecimal costsOfYear) {
        CoFinancingSought.problem(year, field.getValue(), years, costsOfYear).ifPresentOrElse(problem -> {
            field.setErrorMessage(ProblemMessages.text(this, problem));
            field.setInvalid(true);
        }, () -> field.setInvalid(false));
    }

    /** What to save: a wrong amount stays in its field with the message; the saved one stays saved until it is put right. */
    SortedMap<Integer, BigDecimal> toSave(SortedMap<Integer, BigDecimal> saved) {
        SortedMap<Integer, BigDecimal> missing = new TreeMap<>();
        missingFields.forEach((year, field) -> {
            BigDecimal amount = field.isInvalid() ? saved.get(year) : field.getValue();
            if (amount != null) {
                missing.put(year, amount);
            }
        });
        return missing;
    }

    /** The fields by the names the services use for their problems ({@link CoFinancingSought#field}). */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        missingFields.forEach((year, field) -> fields.put(CoFinancingSought.field(year), field));
        return fields;
    }

    Registration addChangeListener(ComponentEventListener<WizardStepChanged> listener) {
        return addListener(WizardStepChanged.class, listener);
    }
}
