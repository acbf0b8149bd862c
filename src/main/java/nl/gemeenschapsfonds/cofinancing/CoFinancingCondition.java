package nl.gemeenschapsfonds.cofinancing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A grant made on the condition that the missing co-financing is confirmed by {@code dueOn}. Fulfilled
 * when confirmed pledges meet the call's rules; {@code notMet} when the date passed without that. Nothing
 * happens by itself when it is not met: revoking or lowering the grant is a decision of its own.
 */
public record CoFinancingCondition(long applicationId, LocalDate dueOn, String imposedBy, Instant fulfilledAt,
                                   boolean notMet) {

    public boolean fulfilled() {
        return fulfilledAt != null;
    }

    public boolean open() {
        return fulfilledAt == null;
    }
}
