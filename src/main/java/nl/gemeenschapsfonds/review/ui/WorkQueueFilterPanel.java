package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.review.WorkQueueCall;
import nl.gemeenschapsfonds.review.WorkQueueFilter;
import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.util.List;

/**
 * The work queue's filter panel (issue 20: built only when first opened, so a closed queue holds no filter
 * components). It shows a {@link WorkQueueFilter} and fires {@link Changed} with the filter the user set.
 */
class WorkQueueFilterPanel extends Div {

    /** The statuses a staff member filters on (a draft is never in the queue). */
    private static final List<ApplicationStatus> STATUSES = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION,
            ApplicationStatus.GRANTED, ApplicationStatus.REFUSED, ApplicationStatus.NOT_CONSIDERED, ApplicationStatus.WITHDRAWN);

    /** The user changed the filter in the panel. */
    static class Changed extends ComponentEvent<WorkQueueFilterPanel> {
        private final WorkQueueFilter filter;

        Changed(WorkQueueFilterPanel source, WorkQueueFilter filter) {
            super(source, true);
            this.filter = filter;
        }

        WorkQueueFilter filter() {
            return filter;
        }
    }

    private final List<WorkQueueCall> calls;
    private final List<Municipality> municipalities;
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final ComboBox<WorkQueueCall> call = new ComboBox<>();
    private final ComboBox<FacilityType> facilityType = new ComboBox<>();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox dueSoon = new Checkbox();
    private final Checkbox mine = new Checkbox();
    private boolean showing;

    WorkQueueFilterPanel(List<WorkQueueCall> calls, List<Municipality> municipalities, boolean reviewer) {
        this.calls = calls;
        this.municipalities = municipalities;
        status.setLabel(getTranslation("workQueue.status"));
        status.setId("filter-status");
        status.setItems(STATUSES);
        status.setPlaceholder(getTranslation("workQueue.any"));
        status.setItemLabelGenerator(s -> getTranslation("status." + s));
        call.setLabel(getTranslation("workQueue.call"));
        call.setId("filter-call");
        call.setItems(calls);
        call.setItemLabelGenerator(c -> c.title(getLocale()));
        facilityType.setLabel(getTranslation("wizard.facilityType"));
        facilityType.setId("filter-facility");
        facilityType.setItems(FacilityType.values());
        facilityType.setPlaceholder(getTranslation("workQueue.any"));
        facilityType.setItemLabelGenerator(t -> getTranslation("facility." + t));
        municipality.setLabel(getTranslation("wizard.facilityMunicipality"));
        municipality.setId("filter-municipality");
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(Municipality::name);
        List.of(status, call, facilityType, municipality).forEach(box -> box.setClearButtonVisible(true));
        overdue.setLabel(getTranslation("workQueue.overdue"));
        overdue.setId("filter-overdue");
        dueSoon.setLabel(getTranslation("workQueue.dueSoon"));
        dueSoon.setId("filter-due-soon");
        mine.setLabel(getTranslation("workQueue.mine"));
        mine.setId("filter-mine");
        mine.setVisible(reviewer);
        HorizontalLayout fields = new HorizontalLayout(status, call, facilityType, municipality, overdue, dueSoon, mine);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(fields);
        List.of(status, call, facilityType, municipality).forEach(box -> box.addValueChangeListener(e -> changed()));
        List.of(overdue, dueSoon, mine).forEach(box -> box.addValueChangeListener(e -> changed()));
    }

    /** Shows the filter in the fields, without firing {@link Changed}. */
    void show(WorkQueueFilter filter) {
        showing = true;
        try {
            status.setValue(filter.status());
            call.setValue(filter.callId() == null ? null
                    : calls.stream().filter(c -> c.id() == filter.callId()).findFirst().orElse(null));
            facilityType.setValue(filter.facilityType());
            municipality.setValue(filter.municipalityCode() == null ? null : municipalities.stream()
                    .filter(m -> m.code().equals(filter.municipalityCode())).findFirst().orElse(null));
            overdue.setValue(filter.overdue());
            dueSoon.setValue(filter.dueWithinWeek());
            mine.setValue(filter.assignedToMe());
        } finally {
            showing = false;
        }
    }

    Registration addChangedListener(ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }

    private void changed() {
        if (showing) {
            return;
        }
        fireEvent(new Changed(this, new WorkQueueFilter(status.getValue(), call.getValue() == null ? null : call.getValue().id(),
                facilityType.getValue(), municipality.getValue() == null ? null : municipality.getValue().code(),
                overdue.getValue(), dueSoon.getValue(), mine.getValue())));
    }
}
