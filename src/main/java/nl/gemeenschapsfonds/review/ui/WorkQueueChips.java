package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.review.WorkQueueFilter;

import java.util.function.Function;

import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.CALL;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.DUE_SOON;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.FACILITY;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.MINE;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.MUNICIPALITY;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.OVERDUE;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.STATUS;

/**
 * The active filters of the work queue as removable chips (issue 20). Shows a {@link WorkQueueFilter}; removing a chip
 * (or "clear all") fires {@link Removed} with the filter that is left.
 */
class WorkQueueChips extends Div {

    /** A chip was removed: the filter without it. */
    static class Removed extends ComponentEvent<WorkQueueChips> {
        private final WorkQueueFilter left;

        Removed(WorkQueueChips source, WorkQueueFilter left) {
            super(source, true);
            this.left = left;
        }

        WorkQueueFilter left() {
            return left;
        }
    }

    WorkQueueChips() {
        setId("work-queue-chips");
        addClassName("filter-chips");
    }

    /**
     * One chip per active filter, named with the call's title and the municipality's name; answers how many are active.
     */
    int show(WorkQueueFilter f, Function<Long, String> callTitle, Function<String, String> municipalityName) {
        removeAll();
        if (f.status() != null) {
            chip(STATUS, getTranslation("workQueue.status") + ": " + getTranslation("status." + f.status()),
                    new WorkQueueFilter(null, f.callId(), f.facilityType(), f.municipalityCode(), f.overdue(), f.dueWithinWeek(), f.assignedToMe()));
        }
        if (f.callId() != null) {
            chip(CALL, getTranslation("workQueue.call") + ": " + callTitle.apply(f.callId()),
                    new WorkQueueFilter(f.status(), null, f.facilityType(), f.municipalityCode(), f.overdue(), f.dueWithinWeek(), f.assignedToMe()));
        }
        if (f.facilityType() != null) {
            chip(FACILITY, getTranslation("wizard.facilityType") + ": " + getTranslation("facility." + f.facilityType()),
                    new WorkQueueFilter(f.status(), f.callId(), null, f.municipalityCode(), f.overdue(), f.dueWithinWeek(), f.assignedToMe()));
        }
        if (f.municipalityCode() != null) {
            chip(MUNICIPALITY, getTranslation("wizard.facilityMunicipality") + ": " + municipalityName.apply(f.municipalityCode()),
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), null, f.overdue(), f.dueWithinWeek(), f.assignedToMe()));
        }
        if (f.overdue()) {
            chip(OVERDUE, getTranslation("workQueue.overdue"),
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), f.municipalityCode(), false, f.dueWithinWeek(), f.assignedToMe()));
        }
        if (f.dueWithinWeek()) {
            chip(DUE_SOON, getTranslation("workQueue.dueSoon"),
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), f.municipalityCode(), f.overdue(), false, f.assignedToMe()));
        }
        if (f.assignedToMe()) {
            chip(MINE, getTranslation("workQueue.mine"),
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), f.municipalityCode(), f.overdue(), f.dueWithinWeek(), false));
        }
        int active = getComponentCount();
        if (active > 1) {
            Button clear = new Button(getTranslation("workQueue.clearFilters"),
                    click -> fireEvent(new Removed(this, WorkQueueFilter.none())));
            clear.setId("chip-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(clear);
        }
        setVisible(active > 0);
        return active;
    }

    Registration addRemovedListener(ComponentEventListener<Removed> listener) {
        return addListener(Removed.class, listener);
    }

    private void chip(String key, String text, WorkQueueFilter without) {
        Button chip = new Button(text, VaadinIcon.CLOSE_SMALL.create(), click -> fireEvent(new Removed(this, without)));
        chip.setIconAfterText(true);
        chip.setId("chip-" + key);
        chip.addClassName("filter-chip");
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        chip.setAriaLabel(getTranslation("workQueue.removeFilter", text));
        add(chip);
    }
}
