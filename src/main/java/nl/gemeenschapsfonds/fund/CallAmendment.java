package nl.gemeenschapsfonds.fund;

import java.time.Instant;
import java.util.List;

/**
 * A change after publication to what applicants relied on, with its reason, as the public page shows it.
 * {@code changed} are the keys of the changed settings' labels (see {@link CallAmendments}).
 */
public record CallAmendment(Instant amendedAt, List<String> changed, String reason) {

    public CallAmendment {
        changed = List.copyOf(changed);
    }
}
