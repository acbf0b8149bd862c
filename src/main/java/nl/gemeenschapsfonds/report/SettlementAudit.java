package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The audit trail's entries of the settlement, from its events, in the transaction that publishes them. */
@Component
class SettlementAudit {

    private final AuditTrail audit;
    private final SettlementRecords records;

    SettlementAudit(AuditTrail audit, SettlementRecords records) {
        this.audit = audit;
        this.records = records;
    }

    @EventListener
    void onProposed(SettlementProposed proposed) {
        audit.record("SETTLEMENT_PROPOSED", "Application", proposed.applicationId(), null,
                proposed.kind() + " settled " + proposed.settled().toPlainString() + " of " + proposed.granted().toPlainString(),
                proposed.motivation());
    }

    @EventListener
    void onDecided(SettlementDecided decided) {
        SettlementItem settlement = records.ofApplication(decided.applicationId()).orElseThrow();
        String reference = settlement.reference();
        if (decided.claim() != null) {
            audit.record("REPAYMENT_CLAIM", "Application", decided.applicationId(), null,
                    decided.claim().amount().toPlainString() + " due " + decided.claim().dueOn(), "Settlement " + reference);
        }
        audit.record("SETTLEMENT_DECIDED", "Application", decided.applicationId(), "PROPOSED",
                "SETTLED " + settlement.settled().toPlainString() + " of " + settlement.granted().toPlainString()
                        + "; released " + decided.releasedPerYear() + "; paid " + decided.paidBefore().toPlainString()
                        + (decided.cancelledAdvances() != null ? "; unpaid advances cancelled "
                        + decided.cancelledAdvances().toPlainString() : "")
                        + (decided.finalPayment() != null ? "; final payment " + decided.finalPayment().toPlainString() : "")
                        + (decided.claim() != null ? "; repayment claim " + decided.claim().amount().toPlainString() : ""),
                settlement.motivation());
    }

    @EventListener
    void onRepaymentReceived(RepaymentReceived received) {
        audit.record("REPAYMENT_RECEIVED", "Application", received.applicationId(), "OPEN",
                "RECEIVED " + received.amount().toPlainString() + " on " + received.receivedOn(), null);
    }
}
