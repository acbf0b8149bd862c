package nl.gemeenschapsfonds.audit;

import nl.gemeenschapsfonds.security.SecondFactorReset;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records account events of the security module in the audit trail. Security publishes them and
 * does not know this module: security must not depend on a feature module.
 */
@Component
class SecurityAudit {

    private final AuditTrail trail;

    SecurityAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** In the transaction of the reset: the entry and the reset are committed together. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void secondFactorReset(SecondFactorReset reset) {
        trail.record("SECOND_FACTOR_RESET", "AppUser", reset.userId(), "second factor set up", "second factor removed",
                "reset by " + reset.resetBy() + " for " + reset.email());
    }
}
