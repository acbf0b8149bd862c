package nl.gemeenschapsfonds.records.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import nl.gemeenschapsfonds.records.RetentionOutcome;
import nl.gemeenschapsfonds.records.RetentionPolicy;
import nl.gemeenschapsfonds.records.RetentionTerms;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The retention terms of one fund, one field per closing outcome, bound to {@link RetentionTerms} with a Binder. The
 * rule (1 to 100 years) is the service's: its refusal shows at the field, and what was typed stays.
 */
class RetentionTermsForm extends Composite<FormLayout> {

    private final Binder<RetentionTerms> binder = new Binder<>(RetentionTerms.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    RetentionTermsForm(String idPrefix) {
        binder.setDefaultValidatorsEnabled(false);
        for (RetentionOutcome outcome : RetentionOutcome.CLOSING) {
            String property = RetentionTerms.field(outcome);
            IntegerField field = new IntegerField(getTranslation("records.terms.field." + outcome.name()));
            field.setId(idPrefix + "-" + property);
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("records.terms.years")));
            field.setHelperText(getTranslation("records.terms.default", RetentionPolicy.DEFAULTS.get(outcome)));
            field.setStepButtonsVisible(false);
            binder.forField(field).withValidationStatusHandler(status -> {
            }).bind(property);
            fields.put(property, field);
            getContent().add(field);
        }
    }

    void setValue(RetentionTerms terms) {
        binder.readRecord(terms);
        fields.values().forEach(field -> field.setInvalid(false));
    }

    RetentionTerms getValue() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The form has no validators of its own", e);
        }
    }

    Map<String, HasValidation> fields() {
        return fields;
    }
}
