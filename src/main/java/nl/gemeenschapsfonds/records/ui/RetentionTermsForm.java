package nl.gemeenschapsfonds.records.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.records.RetentionOutcome;
import nl.gemeenschapsfonds.records.RetentionPolicy;
import nl.gemeenschapsfonds.records.RetentionTerms;

/**
 * The retention terms of one fund, one field per closing outcome, bound to {@link RetentionTerms}. The rule (1 to 100
 * years) is the service's: its refusal shows at the field, and what was typed stays.
 */
class RetentionTermsForm extends RecordForm<RetentionTerms> {

    RetentionTermsForm(String idPrefix) {
        super(RetentionTerms.class);
        for (RetentionOutcome outcome : RetentionOutcome.CLOSING) {
            String property = RetentionTerms.field(outcome);
            IntegerField field = new IntegerField(getTranslation("records.terms.field." + outcome.name()));
            field.setId(idPrefix + "-" + property);
            field.setSuffixComponent(new Span(getTranslation("records.terms.years")));
            field.setHelperText(getTranslation("records.terms.default", RetentionPolicy.DEFAULTS.get(outcome)));
            field.setStepButtonsVisible(false);
            getContent().add(bind(field, property));
        }
    }

    /** Shows the terms; a message of an earlier save goes. */
    @Override
    public void setValue(RetentionTerms terms) {
        super.setValue(terms);
        fields().values().forEach(field -> field.setInvalid(false));
    }
}
