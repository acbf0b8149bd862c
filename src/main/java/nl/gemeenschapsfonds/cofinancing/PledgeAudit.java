package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every step of a pledge in the audit trail, in the transaction that took it (so both commit or neither). */
@Component
class PledgeAudit {

    private final AuditTrail audit;

    PledgeAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(PledgeStepTaken step) {
        audit.record(step.step().auditAction(), "Pledge", step.pledgeId(), step.before(), step.after(), step.reason());
    }
}
