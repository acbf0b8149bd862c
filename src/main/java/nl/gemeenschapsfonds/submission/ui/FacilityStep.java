package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.base.Postcode;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.submission.KindOfWork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 2 of the wizard: the facility and the kind of work, bound to {@link FacilityDetails}. Fires
 * {@link WizardStepChanged} when the applicant changes a field; a postcode that is no postcode gets its message
 * as it is typed.
 */
class FacilityStep extends Composite<FormLayout> {

    private final Select<FacilityType> facilityType = new Select<>();
    private final TextField facilityName = new TextField();
    private final TextField facilityStreet = new TextField();
    private final TextField facilityPostcode = new TextField();
    private final TextField facilityCity = new TextField();
    private final ComboBox<Municipality> facilityMunicipality = new ComboBox<>();
    private final RadioButtonGroup<KindOfWork> kindOfWork = new RadioButtonGroup<>();
    private final Binder<FacilityDetails> binder = WizardFields.binder(FacilityDetails.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final List<Municipality> municipalities;
    private boolean filling;

    FacilityStep(List<Municipality> municipalities) {
        this.municipalities = municipalities;
        facilityType.setLabel(getTranslation("wizard.facilityType"));
        facilityType.setId("wizard-facilityType");
        facilityType.setItems(FacilityType.values());
        facilityType.setItemLabelGenerator(type -> getTranslation("facility." + type));
        WizardFields.text(this, facilityName, "facilityName", 200);
        WizardFields.text(this, facilityStreet, "facilityStreet", 200);
        WizardFields.text(this, facilityPostcode, "facilityPostcode", 7);
        facilityPostcode.setHelperText(getTranslation("wizard.facilityPostcode.helper"));
        WizardFields.text(this, facilityCity, "facilityCity", 100);
        facilityMunicipality.setLabel(getTranslation("wizard.facilityMunicipality"));
        facilityMunicipality.setId("wizard-facilityMunicipality");
        facilityMunicipality.setItems(municipalities);
        facilityMunicipality.setItemLabelGenerator(Municipality::name);
        kindOfWork.setLabel(getTranslation("wizard.kindOfWork"));
        kindOfWork.setId("wizard-kindOfWork");
        kindOfWork.setItems(KindOfWork.values());
        kindOfWork.setItemLabelGenerator(kind -> getTranslation("kindOfWork." + kind));
        fields.put("facilityType", facilityType);
        fields.put("facilityName", facilityName);
        fields.put("facilityStreet", facilityStreet);
        fields.put("facilityPostcode", facilityPostcode);
        fields.put("facilityCity", facilityCity);
        fields.put("facilityMunicipality", facilityMunicipality);
        fields.put("kindOfWork", kindOfWork);

        WizardFields.bind(binder, facilityType, "facilityType");
        WizardFields.bind(binder, facilityName, "facilityName");
        WizardFields.bind(binder, facilityStreet, "facilityStreet");
        WizardFields.bind(binder, facilityPostcode, "facilityPostcode");
        WizardFields.bind(binder, facilityCity, "facilityCity");
        binder.forField(facilityMunicipality)
                .withConverter(municipality -> municipality == null ? null : municipality.code(), this::municipality)
                .withValidationStatusHandler(status -> { })
                .bind("facilityMunicipalityCode");
        WizardFields.bind(binder, kindOfWork, "kindOfWork");
        fields.values().forEach(field -> WizardFields.onChange(field, () -> filling, () -> fireEvent(new WizardStepChanged(this))));
        // After the listener above, which clears a field's message when it changes. The value arrives while the
        // applicant types: a half-typed postcode is checked when they leave the field, not at every pause.
        facilityPostcode.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                checkPostcode();
            }
        });
        facilityPostcode.addBlurListener(blur -> checkPostcode());

        FormLayout form = getContent();
        form.add(facilityType, facilityName, facilityStreet, facilityPostcode, facilityCity, facilityMunicipality, kindOfWork);
        form.setColspan(kindOfWork, 2);
    }

    private void checkPostcode() {
        String typed = facilityPostcode.getValue();
        if (!typed.isBlank() && !Postcode.isValid(typed)) {
            facilityPostcode.setErrorMessage(getTranslation("validation.postcode"));
            facilityPostcode.setInvalid(true);
        }
    }

    /** Only the kinds of facility the call is for can be chosen. */
    void allowFacilityTypes(Set<FacilityType> allowed) {
        facilityType.setItemEnabledProvider(allowed::contains);
    }

    /** Shows what was saved, without it counting as a change. */
    void read(FacilityDetails details) {
        filling = true;
        try {
            binder.readRecord(details);
        } finally {
            filling = false;
        }
    }

    /** What is on screen now. */
    FacilityDetails value() {
        try {
            return binder.writeRecord();
        } catch (ValidationException cannotHappen) {
            throw new IllegalStateException("The facility step has no validators", cannotHappen);
        }
    }

    /** The chosen municipality's name, for the summary. */
    String municipalityName() {
        return facilityMunicipality.getValue() == null ? null : facilityMunicipality.getValue().name();
    }

    /** The fields by the names the services use for their problems. */
    Map<String, HasValidation> fields() {
        return fields;
    }

    Registration addChangeListener(ComponentEventListener<WizardStepChanged> listener) {
        return addListener(WizardStepChanged.class, listener);
    }

    private Municipality municipality(String code) {
        return code == null ? null : municipalities.stream().filter(m -> m.code().equals(code)).findFirst().orElse(null);
    }

}
