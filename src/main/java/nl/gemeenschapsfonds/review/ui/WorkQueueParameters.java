package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.router.QueryParameters;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.review.WorkQueueFilter;
import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
        Function<String, String> one = key -> Optional.ofNullable(parameters.get(key)).filter(v -> !v.isEmpty())
                .map(List::getFirst).orElse(null);
        ApplicationStatus status = parseEnum(ApplicationStatus.class, one.apply(STATUS));
        if (status == ApplicationStatus.DRAFT) {
            status = null;
        }
        Long callId = null;
        try {
            callId = one.apply(CALL) == null ? null : Long.valueOf(one.apply(CALL));
        } catch (NumberFormatException ignored) {
            // a mistyped call in a URL filters nothing
        }
        String given = one.apply(MUNICIPALITY);
        String municipalityCode = given != null && municipalities.stream().anyMatch(m -> m.code().equals(given)) ? given : null;
        return new WorkQueueFilter(status, callId, parseEnum(FacilityType.class, one.apply(FACILITY)), municipalityCode,
                "true".equals(one.apply(OVERDUE)), "true".equals(one.apply(DUE_SOON)), reviewer && "true".equals(one.apply(MINE)));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
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
