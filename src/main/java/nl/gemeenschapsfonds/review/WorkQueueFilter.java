package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.submission.ApplicationStatus;

/**
 * What the reviewer narrows the work queue to; null means "any". {@code overdue} and
 * {@code dueWithinWeek} look at open applications only.
 */
public record WorkQueueFilter(ApplicationStatus status, Long callId, FacilityType facilityType, String municipalityCode,
                              boolean overdue, boolean dueWithinWeek, boolean assignedToMe) {

    public static WorkQueueFilter none() {
        return new WorkQueueFilter(null, null, null, null, false, false, false);
    }
}
