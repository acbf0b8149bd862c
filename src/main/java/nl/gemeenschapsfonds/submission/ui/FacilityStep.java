package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.base.Postcode;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.submission.KindOfWork;

import java.util.List;
import java.util.Set;

/**
 * Step 2 of the wizard: the facility and the kind of work, bound to {@link FacilityDetails}. Fires
 * {@link RecordForm.ChangedEvent} when the applicant changes a field (the change takes that field's message away); a
 * postcode that is no postcode gets its message as it is typed.
 */
class FacilityStep extends RecordForm<FacilityDetails> {

    private final Select<FacilityType> facilityType = new Select<>();
    private final TextField facilityPostcode = new TextField();
    private final ComboBox<Municipality> facilityMunicipality = new ComboBox<>();
    private final List<Municipality> municipalities;

    FacilityStep(List<Municipality> municipalities) {
        super(FacilityDetails.class);
        this.municipalities = municipalities;
        TextField facilityName = new TextField();
        TextField facilityStreet = new TextField();
        TextField facilityCity = new TextField();
        RadioButtonGroup<KindOfWork> kindOfWork = new RadioButtonGroup<>();
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

        FormLayout form = getContent();
        form.add(bind(facilityType, "facilityType"), bind(facilityName, "facilityName"),
                bind(facilityStreet, "facilityStreet"), bind(facilityPostcode, "facilityPostcode"),
                bind(facilityCity, "facilityCity"),
                bind(facilityMunicipality, "facilityMunicipalityCode", "facilityMunicipality",
                        municipality -> municipality == null ? null : municipality.code(), this::municipality),
                bind(kindOfWork, "kindOfWork"));
        form.setColspan(kindOfWork, 2);
        addChangedListener(WizardFields::clearMessage);
        // After the listener above, which clears a field's message when it changes. The value arrives while the
        // applicant types: a half-typed postcode is checked when they leave the field, not at every pause.
        facilityPostcode.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                checkPostcode();
            }
        });
        facilityPostcode.addBlurListener(blur -> checkPostcode());
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
        setValue(details);
    }

    /** What is on screen now. */
    FacilityDetails value() {
        return getValue();
    }

    /** The chosen municipality's name, for the summary. */
    String municipalityName() {
        return facilityMunicipality.getValue() == null ? null : facilityMunicipality.getValue().name();
    }

    private Municipality municipality(String code) {
        return code == null ? null : municipalities.stream().filter(m -> m.code().equals(code)).findFirst().orElse(null);
    }

}
