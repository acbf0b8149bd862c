package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Money that left: a payment of an exported batch becomes PAID, the budget ledger books a pay movement against its
 * call and year, and {@link AdvancePaid} is published (the applicant's mail reacts to it). From finance's "paid" on a
 * batch or from an imported bank statement ({@link BankStatements}).
 */
@Component
class PaymentBookings {

    private final PaymentRecords records;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    PaymentBookings(PaymentRecords records, BudgetLedger ledger, AuditTrail audit, ApplicationEventPublisher events,
                    CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** See {@link PaymentService#markBatchPaid}; in its transaction. */
    void markBatchPaid(long batchId, LocalDate paidOn) {
        long authority = currentUser.require().requireAuthority();
        PaymentRecords.LockedBatch batch = records.lockBatch(batchId, authority);
        // the booking cannot be undone (a correction is a new movement): never before the money left, never ahead
        PaymentDatesPolicy.bookingProblem(paidOn, batch.executionDate(), LocalDate.ofInstant(clock.instant(), Formats.ZONE))
                .ifPresent(problem -> {
                    throw new InvalidInputException(List.of(problem));
                });
        if (!"EXPORTED".equals(batch.status())) {
            throw new InvalidInputException("batch", "payments.batchAlreadyPaid");
        }
        // payments of the batch that a bank statement import booked already stay as they are
        for (LockedPayment payment : records.lock(records.unpaidOfBatch(batchId), authority)) {
            pay(payment, paidOn, "batch " + batchId);
        }
        records.markBatchPaid(batchId, paidOn, currentUser.actorName(), clock.instant());
        audit.record("PAYMENT_BATCH_PAID", "PaymentBatch", batchId, batch.status(), "PAID " + paidOn, null);
    }

    /**
     * For {@link BankStatements}, in its transaction: these exported payments were paid on the bank's booking date.
     * Each becomes PAID with a pay movement in the ledger; a batch whose payments are now all paid becomes PAID on the
     * latest booking date. Refused (nothing booked) when one of them is not an approved payment in an exported batch
     * any more.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void payFromStatement(Map<Long, LocalDate> bookingDates, String statement) {
        if (bookingDates.isEmpty()) {
            return;
        }
        Set<Long> batches = new TreeSet<>();
        for (LockedPayment payment : records.lock(bookingDates.keySet(), currentUser.require().requireAuthority())) {
            pay(payment, bookingDates.get(payment.id()), "bank statement " + statement);
            batches.add(payment.batchId());
        }
        for (long batchId : batches) {
            if (records.closeBatchIfPaid(batchId, currentUser.actorName(), clock.instant())) {
                audit.record("PAYMENT_BATCH_PAID", "PaymentBatch", batchId, "EXPORTED", "PAID", "bank statement " + statement);
            }
        }
    }

    /** One payment of an exported batch is paid: PAID on that date, a pay movement in the ledger, audited. */
    private void pay(LockedPayment payment, LocalDate paidOn, String source) {
        PaymentService.requireTransition(payment, "pay", PaymentStatus.PAID);
        records.markPaid(payment.id(), paidOn);
        ledger.pay(payment.callId(), payment.applicationId(), payment.year(), payment.amount(), "Payment " + payment.reference());
        audit.record("PAYMENT_PAID", "PaymentInstruction", payment.id(), payment.status().name(),
                PaymentStatus.PAID.name() + " " + paidOn, source);
        events.publishEvent(new AdvancePaid(payment.applicationId(), payment.id(), payment.reference(),
                payment.reference().matches(".*-V\\d?"), payment.amount(), paidOn));
    }
}
