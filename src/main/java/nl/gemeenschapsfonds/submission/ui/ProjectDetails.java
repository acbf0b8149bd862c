package nl.gemeenschapsfonds.submission.ui;

import nl.gemeenschapsfonds.submission.ApplicationDraft;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static nl.gemeenschapsfonds.submission.ui.FacilityDetails.pick;

/** Step 3 of the wizard as a record: the project, its reach and its dates. */
public record ProjectDetails(String title, String description, String targetGroups, Integer expectedVisitorsPerWeek,
                      String activities, String partners, String intervention, LocalDate startDate, LocalDate endDate) {

    static ProjectDetails of(ApplicationDraft draft) {
        return new ProjectDetails(draft.title(), draft.description(), draft.targetGroups(), draft.expectedVisitorsPerWeek(),
                draft.activities(), draft.partners(), draft.intervention(), draft.startDate(), draft.endDate());
    }

    /**
     * What to save of what is typed: a field the last save refused, or whose input could not be read
     * ({@code keepSaved}), keeps its saved value. "Ends before it starts" concerns both dates: when the end date is
     * refused, the pair saved last is kept together.
     */
    ProjectDetails toSave(ProjectDetails saved, Set<String> keepSaved, Set<String> unreadable) {
        Set<String> keep = new HashSet<>(keepSaved);
        if (keep.contains("endDate")) {
            keep.add("startDate");
        }
        keep.addAll(unreadable);
        return new ProjectDetails(pick(keep, "title", title, saved.title), pick(keep, "description", description, saved.description),
                pick(keep, "targetGroups", targetGroups, saved.targetGroups),
                pick(keep, "expectedVisitors", expectedVisitorsPerWeek, saved.expectedVisitorsPerWeek),
                pick(keep, "activities", activities, saved.activities), pick(keep, "partners", partners, saved.partners),
                pick(keep, "intervention", intervention, saved.intervention), pick(keep, "startDate", startDate, saved.startDate),
                pick(keep, "endDate", endDate, saved.endDate));
    }
}
