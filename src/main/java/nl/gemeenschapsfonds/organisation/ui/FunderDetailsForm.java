package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.organisation.FunderDetails;

/**
 * The part of a funder its own users keep (issue 22): contact person, address and public description, bound to a
 * record. What is wrong is the service's to say, at the field (the binder carries the values only); what the user
 * typed stays on screen.
 */
class FunderDetailsForm extends RecordForm<FunderDetailsForm.Values> {

    /** The values of the form, as typed. Public because the {@code Binder} reads it by reflection. */
    public record Values(String contactName, String contactEmail, String contactPhone, String street, String postcode,
                  String city, String publicDescription) {
    }

    FunderDetailsForm() {
        super(Values.class);
        text("contactName", "funder-contact-name", "funders.contactName", 200);
        text("contactEmail", "funder-contact-email", "funders.contactEmail", 254);
        text("contactPhone", "funder-contact-phone", "funders.contactPhone", 30);
        text("street", "funder-street", "organisation.street", 200);
        TextField postcode = text("postcode", "funder-postcode", "organisation.postcode", 7);
        postcode.setHelperText(getTranslation("organisation.postcode.helper"));
        text("city", "funder-city", "organisation.city", 100);
        TextArea publicDescription = new TextArea(getTranslation("myFunder.publicDescription"));
        publicDescription.setId("funder-public-description");
        publicDescription.setMaxLength(2000);
        publicDescription.setHelperText(getTranslation("myFunder.publicDescription.helper"));
        getContent().add(bind(publicDescription, "publicDescription"));
        getContent().setColspan(publicDescription, 2);
    }

    void read(FunderDetails details) {
        setValue(new Values(orEmpty(details.contactName()), orEmpty(details.contactEmail()),
                orEmpty(details.contactPhone()), orEmpty(details.street()), orEmpty(details.postcode()),
                orEmpty(details.city()), orEmpty(details.publicDescription())));
    }

    /** What is on screen, as the record the service takes (the version and name of {@code shown}). */
    FunderDetails value(FunderDetails shown) {
        Values typed = getValue();
        return new FunderDetails(shown.version(), shown.name(), typed.contactName(), typed.contactEmail(),
                typed.contactPhone(), typed.street(), typed.postcode(), typed.city(), typed.publicDescription());
    }

    private TextField text(String property, String id, String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        getContent().add(bind(field, property));
        return field;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
