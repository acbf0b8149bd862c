package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Step 3 of the wizard: the project, its reach and its dates, bound to {@link ProjectDetails}. Fires
 * {@link WizardStepChanged} when the applicant changes a field.
 */
class ProjectStep extends Composite<FormLayout> {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextArea targetGroups = new TextArea();
    private final WholeNumberField expectedVisitors = new WholeNumberField();
    private final TextArea activities = new TextArea();
    private final TextArea partners = new TextArea();
    private final TextField intervention = new TextField();
    private final DatePicker startDate;
    private final DatePicker endDate;
    private final Binder<ProjectDetails> binder = WizardFields.binder(ProjectDetails.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private boolean filling;

    ProjectStep() {
        startDate = DatePickers.create(getTranslation("wizard.startDate"), getLocale());
        endDate = DatePickers.create(getTranslation("wizard.endDate"), getLocale());
        WizardFields.text(this, title, "title", 200);
        WizardFields.area(this, description, "description", 4000);
        WizardFields.area(this, targetGroups, "targetGroups", 1000);
        expectedVisitors.setLabel(getTranslation("wizard.expectedVisitors"));
        expectedVisitors.setId("wizard-expectedVisitors");
        expectedVisitors.setMin(0);
        expectedVisitors.setMax(100000);
        WizardFields.area(this, activities, "activities", 4000);
        WizardFields.area(this, partners, "partners", 1000);
        WizardFields.text(this, intervention, "intervention", 500);
        intervention.setHelperText(getTranslation("wizard.intervention.helper"));
        startDate.setId("wizard-startDate");
        endDate.setId("wizard-endDate");
        fields.put("title", title);
        fields.put("description", description);
        fields.put("targetGroups", targetGroups);
        fields.put("expectedVisitors", expectedVisitors);
        fields.put("activities", activities);
        fields.put("partners", partners);
        fields.put("intervention", intervention);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);

        WizardFields.bind(binder, title, "title");
        WizardFields.bind(binder, description, "description");
        WizardFields.bind(binder, targetGroups, "targetGroups");
        WizardFields.bind(binder, expectedVisitors, "expectedVisitorsPerWeek");
        WizardFields.bind(binder, activities, "activities");
        WizardFields.bind(binder, partners, "partners");
        WizardFields.bind(binder, intervention, "intervention");
        WizardFields.bind(binder, startDate, "startDate");
        WizardFields.bind(binder, endDate, "endDate");
        fields.values().forEach(field -> WizardFields.onChange(field, () -> filling, () -> fireEvent(new WizardStepChanged(this))));

        FormLayout form = getContent();
        form.add(title, description, targetGroups, expectedVisitors, activities, partners, intervention, startDate, endDate);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(activities, 2);
    }

    /** Shows what was saved, without it counting as a change. */
    void read(ProjectDetails details) {
        filling = true;
        try {
            binder.readRecord(details);
        } finally {
            filling = false;
        }
    }

    /** What is on screen now. */
    ProjectDetails value() {
        try {
            return binder.writeRecord();
        } catch (ValidationException cannotHappen) {
            throw new IllegalStateException("The project step has no validators", cannotHappen);
        }
    }

    /** The fields whose input the browser could not read (a date that is no date): they keep their saved value. */
    Set<String> unreadable() {
        Set<String> unreadable = new HashSet<>();
        for (String name : Set.of("expectedVisitors", "startDate", "endDate")) {
            if (ProblemMessages.unreadable(fields.get(name))) {
                unreadable.add(name);
            }
        }
        return unreadable;
    }

    /** The project's start and end as far as they can be read now (a date marked wrong counts as not given). */
    LocalDate start() {
        return startDate.isInvalid() ? null : startDate.getValue();
    }

    LocalDate end() {
        return endDate.isInvalid() ? null : endDate.getValue();
    }

    String titleValue() {
        return title.getValue();
    }

    /** The fields by the names the services use for their problems. */
    Map<String, HasValidation> fields() {
        return fields;
    }

    Registration addChangeListener(ComponentEventListener<WizardStepChanged> listener) {
        return addListener(WizardStepChanged.class, listener);
    }
}
