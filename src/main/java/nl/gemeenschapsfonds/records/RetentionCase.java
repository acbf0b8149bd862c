package nl.gemeenschapsfonds.records;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the records module knows of one submitted application: where it belongs, how and when it closed, a legal hold
 * and whether it was destroyed. The destruction date follows from these and the fund's {@link RetentionPolicy}.
 */
public record RetentionCase(long applicationId, String reference, long authorityId, long fundId, long callId,
                            RetentionOutcome outcome, LocalDate closedOn, Hold hold, Instant destroyedAt,
                            Long destructionListId) {

    /** A legal hold: why, set by whom and when. */
    public record Hold(HoldKind kind, String reason, String setBy, Instant setAt) {
    }

    public boolean onHold() {
        return hold != null;
    }

    public boolean destroyed() {
        return destroyedAt != null;
    }
}
