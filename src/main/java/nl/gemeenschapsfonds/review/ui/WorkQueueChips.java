package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.Component;
import nl.gemeenschapsfonds.base.ui.FilterBar;
import nl.gemeenschapsfonds.review.WorkQueueFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.CALL;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.DUE_SOON;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.FACILITY;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.MINE;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.MUNICIPALITY;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.OVERDUE;
import static nl.gemeenschapsfonds.review.ui.WorkQueueParameters.STATUS;

/**
 * The active filters of the work queue as the chips of its {@link FilterBar} (issue 20): one per filter of a
 * {@link WorkQueueFilter}, named with the call's title and the municipality's name; removing one goes to the filter
 * without it.
 */
final class WorkQueueChips {

    private WorkQueueChips() {
    }

    static List<FilterBar.Chip> of(WorkQueueFilter f, Component in, Function<Long, String> callTitle,
                                   Function<String, String> municipalityName, Consumer<WorkQueueFilter> apply) {
        List<FilterBar.Chip> chips = new ArrayList<>();
        if (f.status() != null) {
            chips.add(chip(STATUS, in.getTranslation("workQueue.status") + ": " + in.getTranslation("status." + f.status()), apply,
                    new WorkQueueFilter(null, f.callId(), f.facilityType(), f.municipalityCode(), f.overdue(), f.dueWithinWeek(), f.assignedToMe())));
        }
        if (f.callId() != null) {
            chips.add(chip(CALL, in.getTranslation("workQueue.call") + ": " + callTitle.apply(f.callId()), apply,
                    new WorkQueueFilter(f.status(), null, f.facilityType(), f.municipalityCode(), f.overdue(), f.dueWithinWeek(), f.assignedToMe())));
        }
        if (f.facilityType() != null) {
            chips.add(chip(FACILITY, in.getTranslation("wizard.facilityType") + ": " + in.getTranslation("facility." + f.facilityType()), apply,
                    new WorkQueueFilter(f.status(), f.callId(), null, f.municipalityCode(), f.overdue(), f.dueWithinWeek(), f.assignedToMe())));
        }
        if (f.municipalityCode() != null) {
            chips.add(chip(MUNICIPALITY, in.getTranslation("wizard.facilityMunicipality") + ": " + municipalityName.apply(f.municipalityCode()), apply,
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), null, f.overdue(), f.dueWithinWeek(), f.assignedToMe())));
        }
        if (f.overdue()) {
            chips.add(chip(OVERDUE, in.getTranslation("workQueue.overdue"), apply,
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), f.municipalityCode(), false, f.dueWithinWeek(), f.assignedToMe())));
        }
        if (f.dueWithinWeek()) {
            chips.add(chip(DUE_SOON, in.getTranslation("workQueue.dueSoon"), apply,
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), f.municipalityCode(), f.overdue(), false, f.assignedToMe())));
        }
        if (f.assignedToMe()) {
            chips.add(chip(MINE, in.getTranslation("workQueue.mine"), apply,
                    new WorkQueueFilter(f.status(), f.callId(), f.facilityType(), f.municipalityCode(), f.overdue(), f.dueWithinWeek(), false)));
        }
        return chips;
    }

    private static FilterBar.Chip chip(String key, String text, Consumer<WorkQueueFilter> apply, WorkQueueFilter without) {
        return new FilterBar.Chip(key, text, () -> apply.accept(without));
    }
}
