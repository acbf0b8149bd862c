package nl.gemeenschapsfonds.fund;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** A call as a row in a list. */
public record CallListItem(long id, long fundId, String titleNl, String titleEn, CallStatus status,
                           LocalDate openDate, LocalDate closeDate, boolean rollingIntake,
                           AllocationMethod allocationMethod, Set<FacilityType> facilityTypes) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }

    static CallListItem of(GrantCall call) {
        return new CallListItem(call.getId(), call.getFundId(), call.getTitleNl(), call.getTitleEn(), call.getStatus(),
                call.getOpenDate(), call.getCloseDate(), call.isRollingIntake(), call.getAllocationMethod(),
                Set.copyOf(call.getFacilityTypes()));
    }
}
