package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.FacilityType;

import java.time.LocalDate;
import java.util.Set;

/** Who may apply to a call and when: facility types, allocation, the intake's dates or a rolling intake. */
class CallIntakeForm extends RecordForm<CallIntakeForm.Intake> {

    public record Intake(Set<FacilityType> facilityTypes, AllocationMethod allocationMethod, LocalDate openDate,
                  LocalDate closeDate, boolean rollingIntake) {
    }

    private final DatePicker openDate;
    private final DatePicker closeDate;

    CallIntakeForm() {
        super(Intake.class);
        CheckboxGroup<FacilityType> facilityTypes = new CheckboxGroup<>(getTranslation("call.facilityTypes"));
        facilityTypes.setId("call-facilityTypes");
        facilityTypes.setItems(FacilityType.values());
        facilityTypes.setItemLabelGenerator(type -> getTranslation("facility." + type));
        RadioButtonGroup<AllocationMethod> allocationMethod = new RadioButtonGroup<>(getTranslation("call.allocationMethod"));
        allocationMethod.setId("call-allocationMethod");
        allocationMethod.setItems(AllocationMethod.values());
        allocationMethod.setItemLabelGenerator(method -> getTranslation("call.allocation." + method));
        openDate = DatePickers.create(getTranslation("call.openDate"), getLocale());
        openDate.setId("call-openDate");
        openDate.setRequiredIndicatorVisible(true);
        closeDate = DatePickers.create(getTranslation("call.closeDate"), getLocale());
        closeDate.setId("call-closeDate");
        Checkbox rollingIntake = new Checkbox(getTranslation("call.rollingIntake"));
        rollingIntake.setId("call-rollingIntake");
        // a rolling intake has no closing date
        rollingIntake.addValueChangeListener(e -> closeDate.setEnabled(!e.getValue()));

        getContent().add(bind(facilityTypes, "facilityTypes"), bind(allocationMethod, "allocationMethod"),
                bind(openDate, "openDate"), bind(closeDate, "closeDate"), bindCheckbox(rollingIntake));
        getContent().setColspan(facilityTypes, 2);
    }

    private Checkbox bindCheckbox(Checkbox rollingIntake) {
        bind(rollingIntake, "rollingIntake");
        fields().remove("rollingIntake"); // as before: the service names no problem after it
        return rollingIntake;
    }

    @Override
    public boolean hasUnreadableInput() {
        return anyInvalid(openDate, closeDate);
    }
}
