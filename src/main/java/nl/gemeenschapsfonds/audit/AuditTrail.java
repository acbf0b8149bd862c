package nl.gemeenschapsfonds.audit;

import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Writes the audit trail. Call it inside the transaction of the change it records, so that the
 * entry and the change are committed together or not at all.
 */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user (or "system") did {@code action} on an object.
     *
     * @param before the relevant state before the change, or {@code null} for a new object
     * @param after  the relevant state after the change
     * @param reason why, where the user gave a reason
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(String action, String objectType, Object objectId, String before, String after, String reason) {
        return entries.save(new AuditEntry(clock.instant(), currentUser.actorName(), action, objectType,
                String.valueOf(objectId), before, after, reason));
    }

    /** The history of one object, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public List<AuditEntry> history(String objectType, Object objectId) {
        return entries.findByObjectTypeAndObjectIdOrderByOccurredAtAscIdAsc(objectType, String.valueOf(objectId));
    }
}
