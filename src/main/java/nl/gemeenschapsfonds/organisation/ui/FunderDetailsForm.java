package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import nl.gemeenschapsfonds.organisation.FunderDetails;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The part of a funder its own users keep (issue 22): contact person, address and public description, bound to a
 * record with a {@link Binder}. What is wrong is the service's to say, at the field (the binder carries the values
 * only); what the user typed stays on screen.
 */
class FunderDetailsForm extends Composite<FormLayout> {

    /** The values of the form, as typed. */
    public record Values(String contactName, String contactEmail, String contactPhone, String street, String postcode,
                  String city, String publicDescription) {
    }

    private final TextField contactName = new TextField();
    private final TextField contactEmail = new TextField();
    private final TextField contactPhone = new TextField();
    private final TextField street = new TextField();
    private final TextField postcode = new TextField();
    private final TextField city = new TextField();
    private final TextArea publicDescription = new TextArea();
    private final Binder<Values> binder = new Binder<>(Values.class);

    FunderDetailsForm() {
        field(contactName, "funder-contact-name", "funders.contactName", 200);
        field(contactEmail, "funder-contact-email", "funders.contactEmail", 254);
        field(contactPhone, "funder-contact-phone", "funders.contactPhone", 30);
        field(street, "funder-street", "organisation.street", 200);
        field(postcode, "funder-postcode", "organisation.postcode", 7);
        postcode.setHelperText(getTranslation("organisation.postcode.helper"));
        field(city, "funder-city", "organisation.city", 100);
        field(publicDescription, "funder-public-description", "myFunder.publicDescription", 2000);
        publicDescription.setHelperText(getTranslation("myFunder.publicDescription.helper"));
        for (Map.Entry<String, HasValidation> field : fields().entrySet()) {
            @SuppressWarnings("unchecked")
            HasValue<?, String> input = (HasValue<?, String>) field.getValue();
            binder.forField(input).withValidationStatusHandler(status -> { }).bind(field.getKey());
        }
        binder.setValidatorsDisabled(true);
        getContent().add(contactName, contactEmail, contactPhone, street, postcode, city, publicDescription);
        getContent().setColspan(publicDescription, 2);
    }

    void read(FunderDetails details) {
        binder.readRecord(new Values(orEmpty(details.contactName()), orEmpty(details.contactEmail()),
                orEmpty(details.contactPhone()), orEmpty(details.street()), orEmpty(details.postcode()),
                orEmpty(details.city()), orEmpty(details.publicDescription())));
    }

    /** What is on screen, as the record the service takes (the version and name of {@code shown}). */
    FunderDetails value(FunderDetails shown) {
        try {
            Values typed = binder.writeRecord();
            return new FunderDetails(shown.version(), shown.name(), typed.contactName(), typed.contactEmail(),
                    typed.contactPhone(), typed.street(), typed.postcode(), typed.city(), typed.publicDescription());
        } catch (ValidationException cannotHappen) { // no validators: the service checks
            throw new IllegalStateException(cannotHappen);
        }
    }

    /** The fields by the names the service's problems use. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("contactName", contactName);
        fields.put("contactEmail", contactEmail);
        fields.put("contactPhone", contactPhone);
        fields.put("street", street);
        fields.put("postcode", postcode);
        fields.put("city", city);
        fields.put("publicDescription", publicDescription);
        return fields;
    }

    private void field(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    private void field(TextArea field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
