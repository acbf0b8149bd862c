package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
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

    @EventListener
    @Order(2)
    void onObjectionRegistered(ObjectionRegistered registered) {
        Objection objection = registered.objection();
        audit.record("OBJECTION_REGISTERED", "Application", registered.applicationId(), null,
                "received " + objection.receivedOn() + (objection.late() ? ", late (deadline " + registered.deadline() + ")" : ", in time")
                        + ", decide by " + objection.decisionDue(), objection.grounds());
    }

    @EventListener
    @Order(2)
    void onObjectionDecided(ObjectionDecided decided) {
        String what = decided.subject() == ObjectionSubject.SETTLEMENT ? "settled " : "grant ";
        audit.record("OBJECTION_" + decided.outcome(), "Application", decided.applicationId(), what + decided.before(),
                decided.outcome() + (decided.amountsChanged() ? " " + what + decided.after() : ""), decided.motivation());
    }

    @EventListener
    @Order(2)
    void onIntakeCompleted(IntakeCompleted completed) {
        audit.record("INTAKE_COMPLETED", "Application", completed.applicationId(), ApplicationStatus.SUBMITTED.name(),
                ApplicationStatus.IN_ASSESSMENT.name(), null);
    }

    @EventListener
    @Order(2)
    void onSupplementRequested(SupplementRequested requested) {
        audit.record("SUPPLEMENT_REQUESTED", "Application", requested.applicationId(), ApplicationStatus.SUBMITTED.name(),
                ApplicationStatus.SUPPLEMENT_REQUESTED.name(), requested.text());
    }

    @EventListener
    @Order(2)
    void onNotConsidered(ApplicationNotConsidered notConsidered) {
        audit.record("NOT_CONSIDERED", "Application", notConsidered.applicationId(),
                ApplicationStatus.SUPPLEMENT_REQUESTED.name(), ApplicationStatus.NOT_CONSIDERED.name(), null);
    }

    @EventListener
    @Order(2)
    void onDeadlineExtended(DecisionDeadlineExtended extended) {
        audit.record("DEADLINE_EXTENDED", "Application", extended.applicationId(), String.valueOf(extended.before()),
                String.valueOf(extended.due()), extended.reason());
    }
}
