package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.router.QueryParameters;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.base.ui.FilterBar;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.review.WorkQueueFilter;
import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The work queue's filter as the URL's query parameters (bookmarkable): read leniently, written with only what is set. */
final class WorkQueueParameters {

    static final String STATUS = "status";
    static final String CALL = "call";
    static final String FACILITY = "facility";
    static final String MUNICIPALITY = "municipality";
    static final String OVERDUE = "overdue";
    static final String DUE_SOON = "dueSoon";
    static final String MINE = "mine";

    private WorkQueueParameters() {
    }

    /** The filter a URL's query parameters describe; what cannot be read is left out ("mine" only for a reviewer). */
    static WorkQueueFilter parse(Map<String, List<String>> parameters, List<Municipality> municipalities, boolean reviewer) {
        ApplicationStatus status = FilterBar.enumParameter(parameters, STATUS, ApplicationStatus.class);
        String given = FilterBar.parameter(parameters, MUNICIPALITY);
        String municipalityCode = given != null && municipalities.stream().anyMatch(m -> m.code().equals(given)) ? given : null;
        return new WorkQueueFilter(status == ApplicationStatus.DRAFT ? null : status, FilterBar.longParameter(parameters, CALL),
                FilterBar.enumParameter(parameters, FACILITY, FacilityType.class), municipalityCode,
                "true".equals(FilterBar.parameter(parameters, OVERDUE)), "true".equals(FilterBar.parameter(parameters, DUE_SOON)),
                reviewer && "true".equals(FilterBar.parameter(parameters, MINE)));
    }

    /** The query parameters of a filter: only those that are set. */
    static QueryParameters of(WorkQueueFilter filter) {
        Map<String, String> map = new LinkedHashMap<>();
        if (filter.status() != null) {
            map.put(STATUS, filter.status().name());
        }
        if (filter.callId() != null) {
            map.put(CALL, String.valueOf(filter.callId()));
        }
        if (filter.facilityType() != null) {
            map.put(FACILITY, filter.facilityType().name());
        }
        if (filter.municipalityCode() != null) {
            map.put(MUNICIPALITY, filter.municipalityCode());
        }
        if (filter.overdue()) {
            map.put(OVERDUE, "true");
        }
        if (filter.dueWithinWeek()) {
            map.put(DUE_SOON, "true");
        }
        if (filter.assignedToMe()) {
            map.put(MINE, "true");
        }
        return QueryParameters.simple(map);
    }
}
