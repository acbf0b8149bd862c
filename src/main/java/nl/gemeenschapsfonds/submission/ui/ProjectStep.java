package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.DatePickers;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.base.ui.RecordForm;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Step 3 of the wizard: the project, its reach and its dates, bound to {@link ProjectDetails}. Fires
 * {@link RecordForm.ChangedEvent} when the applicant changes a field; the change takes that field's message away.
 */
class ProjectStep extends RecordForm<ProjectDetails> {

    private final TextField title = new TextField();
    private final DatePicker startDate;
    private final DatePicker endDate;

    ProjectStep() {
        super(ProjectDetails.class);
        startDate = DatePickers.create(getTranslation("wizard.startDate"), getLocale());
        endDate = DatePickers.create(getTranslation("wizard.endDate"), getLocale());
        TextArea description = new TextArea();
        TextArea targetGroups = new TextArea();
        WholeNumberField expectedVisitors = new WholeNumberField();
        TextArea activities = new TextArea();
        TextArea partners = new TextArea();
        TextField intervention = new TextField();
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

        FormLayout form = getContent();
        form.add(bind(title, "title"), bind(description, "description"), bind(targetGroups, "targetGroups"),
                bind(expectedVisitors, "expectedVisitorsPerWeek", "expectedVisitors"), bind(activities, "activities"),
                bind(partners, "partners"), bind(intervention, "intervention"), bind(startDate, "startDate"),
                bind(endDate, "endDate"));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(activities, 2);
        addChangedListener(WizardFields::clearMessage);
    }

    /** Shows what was saved, without it counting as a change. */
    void read(ProjectDetails details) {
        setValue(details);
    }

    /** What is on screen now. */
    ProjectDetails value() {
        return getValue();
    }

    /** The fields whose input the browser could not read (a date that is no date): they keep their saved value. */
    Set<String> unreadable() {
        Set<String> unreadable = new HashSet<>();
        for (String name : Set.of("expectedVisitors", "startDate", "endDate")) {
            if (ProblemMessages.unreadable(fields().get(name))) {
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
}
