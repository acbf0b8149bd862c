package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

/**
 * Payment's door for the settlement (issue 22 item 3, docs/adr/0029): a settlement nets the advances of a grant that
 * are still open instead of waiting for finance. An instruction that is scheduled, held, or approved but not exported
 * is cancelled with the settlement as its reason, audited, and finance is told ({@link AdvancesCancelledBySettlement});
 * one that is in an exported batch is with the bank, so the settlement is refused until its statement books it.
 */
@Service
public class AdvanceCancellation {

    /** The reason stored with an instruction the settlement cancelled (the payment list shows it). */
    public static final String REASON = "Cancelled by the settlement of ";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AdvanceCancellation(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * In the settling transaction: cancels the open (unpaid, not exported) instructions of the application of the
     * decision maker's authority, rows locked; answers what was cancelled. Refused at {@code settlement} with
     * {@code settlement.validation.exportedPayments} when an unpaid instruction is already in an exported batch.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public List<AdvancesCancelledBySettlement.Cancelled> cancelUnpaid(long applicationId, String applicationReference) {
        long authority = currentUser.require().requireAuthority();
        record Open(long id, String reference, int year, BigDecimal amount, PaymentStatus status, Long batchId) {
        }
        List<Open> open = jdbc.sql("""
                        select id, reference, year, amount, status, batch_id from payment_instruction
                        where application_id = ? and authority_id = ? and status in ('SCHEDULED', 'APPROVED', 'HELD')
                        order by id for update""")
                .params(applicationId, authority)
                .query((rs, row) -> new Open(rs.getLong("id"), rs.getString("reference"), rs.getInt("year"),
                        rs.getBigDecimal("amount"), PaymentStatus.valueOf(rs.getString("status")), (Long) rs.getObject("batch_id")))
                .list();
        BigDecimal withTheBank = open.stream().filter(o -> o.batchId() != null).map(Open::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (withTheBank.signum() > 0) {
            throw new InvalidInputException("settlement", "settlement.validation.exportedPayments", withTheBank);
        }
        if (open.isEmpty()) {
            return List.of();
        }
        String reason = REASON + applicationReference;
        List<AdvancesCancelledBySettlement.Cancelled> cancelled = open.stream().map(o -> {
            jdbc.sql("""
                            update payment_instruction set status = 'CANCELLED', held_reason = null, cancel_reason = ?,
                                version = version + 1 where id = ?""")
                    .params(reason, o.id()).update();
            audit.record("PAYMENT_CANCELLED", "PaymentInstruction", o.id(), o.status().name(), PaymentStatus.CANCELLED.name(),
                    reason);
            return new AdvancesCancelledBySettlement.Cancelled(o.id(), o.reference(), o.year(), o.amount(), o.status());
        }).toList();
        events.publishEvent(new AdvancesCancelledBySettlement(authority, applicationId, applicationReference, cancelled));
        return cancelled;
    }
}
