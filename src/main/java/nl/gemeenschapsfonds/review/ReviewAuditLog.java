package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The audit entries of the review module's decisions, recorded from its events in the deciding transaction. */
@Component
class ReviewAuditLog {

    private final AuditTrail audit;

    ReviewAuditLog(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    @Order(2)
    void onDecisionTaken(DecisionTaken decision) {
        audit.record("DECISION_" + decision.outcome(), "Application", decision.applicationId(), decision.statusBefore(),
                decision.statusAfter() + " " + decision.form().amounts(), decision.form().motivation().trim());
    }
}
