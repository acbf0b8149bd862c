package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.cofinancing.CoFinancingConditions;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.fund.PayingAccount;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finance's work on payments, always within the signed-in user's authority: the list of payments,
 * approve (four eyes: never the decision maker of the grant), hold with a reason, release, cancel,
 * export approved payments as a pain.001 batch, and mark a batch paid, which books a pay movement
 * per payment in the budget ledger in the same transaction. Every change is in the audit trail.
 * A payment of another authority is "not found".
 */
@Service
public class PaymentService implements org.springframework.context.ApplicationEventPublisherAware {

    /** Set by Spring: "paid" is published, so the applicant hears of it (see {@code PaymentMails}). */
    private org.springframework.context.ApplicationEventPublisher events;

    @Override
    public void setApplicationEventPublisher(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }


    private static final DateTimeFormatter MESSAGE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PaymentRecords records;
    private final PaymentBookings bookings;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final FundService funds;
    private final CoFinancingConditions coFinancingConditions;
    private final Clock clock;

    PaymentService(PaymentRecords records, PaymentBookings bookings, AuditTrail audit, CurrentUser currentUser, FundService funds,
                   CoFinancingConditions coFinancingConditions, Clock clock) {
        this.coFinancingConditions = coFinancingConditions;
        this.records = records;
        this.bookings = bookings;
        this.audit = audit;
        this.currentUser = currentUser;
        this.funds = funds;
        this.clock = clock;
    }

    /** The payments of the user's authority that match the filter, by due date and reference. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public List<PaymentListItem> payments(PaymentFilter filter) {
        return records.list(authority(), filter);
    }

    /** The calls of the user's authority that have payments, for the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public List<CallOption> calls() {
        return records.calls(authority());
    }

    /** The budget years that have payments in the user's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public List<Integer> years() {
        return records.years(authority());
    }

    /**
     * Approves these payments, all or none. Refused when one is not SCHEDULED
     * ({@link PaymentTransitionException}) or when the user took the grant decision of one of them
     * ({@link InvalidInputException} with {@code payments.fourEyes}).
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void approve(Collection<Long> paymentIds) {
        String me = currentUser.actorName();
        List<LockedPayment> payments = lock(paymentIds);
        // A grant made on the condition that the missing co-financing is confirmed is not paid before it is.
        java.util.Set<Long> conditional = coFinancingConditions.openAmong(payments.stream().map(LockedPayment::applicationId).toList());
        for (LockedPayment payment : payments) {
            if (conditional.contains(payment.applicationId())) {
                throw new InvalidInputException("payments", "payments.coFinancingConditionOpen", payment.reference());
            }
            requireTransition(payment, "approve", PaymentStatus.APPROVED);
            if (me.equalsIgnoreCase(payment.decidedBy())) {
                throw new InvalidInputException("payments", "payments.fourEyes", payment.reference());
            }
            if (payment.iban() == null) {
                throw new InvalidInputException("payments", "payments.noIban", payment.reference());
            }
            if (payment.ibanChanged()) {
                throw new InvalidInputException("payments", "payments.ibanChanged", payment.reference());
            }
            // approving ahead of the due date is allowed: the export keeps the money until it is due
            funds.payerOfCall(payment.callId()).account().ifPresent(account -> refuseOwnAccount(payment, account));
            records.approve(payment.id(), me, clock.instant());
            audit.record("PAYMENT_APPROVED", "PaymentInstruction", payment.id(), payment.status().name(),
                    PaymentStatus.APPROVED.name(), null);
        }
    }

    /** Holds a payment that is scheduled or approved but not yet exported, with the reason (Awb 4:56). */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void hold(long paymentId, String reason) {
        String why = requireReason(reason);
        LockedPayment payment = lock(List.of(paymentId)).getFirst();
        requireTransition(payment, "hold", PaymentStatus.HELD);
        records.hold(paymentId, why);
        audit.record("PAYMENT_HELD", "PaymentInstruction", paymentId, payment.status().name(), PaymentStatus.HELD.name(), why);
    }

    /** Releases a held payment: it is scheduled again and needs a new approval. */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void release(long paymentId) {
        LockedPayment payment = lock(List.of(paymentId)).getFirst();
        requireTransition(payment, "release", PaymentStatus.SCHEDULED);
        if (payment.iban() == null) {
            throw new InvalidInputException("payments", "payments.noIban", payment.reference());
        }
        records.release(paymentId);
        audit.record("PAYMENT_RELEASED", "PaymentInstruction", paymentId, payment.status().name(),
                PaymentStatus.SCHEDULED.name(), null);
    }

    /** Cancels a payment that is not paid nor exported, with the reason. */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void cancel(long paymentId, String reason) {
        String why = requireReason(reason);
        LockedPayment payment = lock(List.of(paymentId)).getFirst();
        requireTransition(payment, "cancel", PaymentStatus.CANCELLED);
        records.cancel(paymentId, why);
        audit.record("PAYMENT_CANCELLED", "PaymentInstruction", paymentId, payment.status().name(),
                PaymentStatus.CANCELLED.name(), why);
    }

    /**
     * Puts these approved payments in a new batch and answers its pain.001 file: one transfer per
     * payment, end-to-end id the payment reference, paid from the fund's account (set by an
     * administrator on the fund page; the debtor is the authority). The file is stored with the batch,
     * so the same file can be downloaded again. The requested execution date rolls forward to a TARGET2
     * business day ({@link PaymentDatesPolicy}); refused when that is in the past or before a payment's
     * due date, when a payment is not approved or already in a batch, when the payments belong to more
     * than one fund, when the fund has no paying account, or when a payment would go to that account.
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public BatchFile export(Collection<Long> paymentIds, LocalDate requestedDate) {
        LocalDate today = today();
        if (requestedDate == null) {
            throw new InvalidInputException("executionDate", "payments.executionDateRequired");
        }
        LocalDate executionDate = PaymentDatesPolicy.executionDate(requestedDate);
        if (executionDate.isBefore(today)) {
            throw new InvalidInputException("executionDate", "payments.executionDateInPast");
        }
        List<LockedPayment> payments = lock(paymentIds);
        for (LockedPayment payment : payments) {
            if (payment.status() != PaymentStatus.APPROVED || payment.batchId() != null) {
                throw new PaymentTransitionException("export", payment.reference(), payment.status());
            }
        }
        Map<Long, FundService.FundPayer> payers = new HashMap<>();
        for (LockedPayment payment : payments) {
            payers.computeIfAbsent(payment.callId(), funds::payerOfCall);
        }
        if (payers.values().stream().map(FundService.FundPayer::fundId).distinct().count() > 1) {
            throw new InvalidInputException("payments", "payments.oneFundPerBatch");
        }
        FundService.FundPayer payer = payers.values().iterator().next();
        PayingAccount account = payer.account().orElseThrow(() ->
                new InvalidInputException("payments", "payments.noPayingAccount", payer.fundName()));
        List<Pain001.Transaction> transactions = new ArrayList<>();
        for (LockedPayment payment : payments) {
            if (payment.ibanChanged()) {
                throw new InvalidInputException("payments", "payments.ibanChanged", payment.reference());
            }
            PaymentDatesPolicy.executionProblem(payment.reference(), payment.dueOn(), executionDate, today)
                    .ifPresent(problem -> {
                        throw new InvalidInputException(List.of(problem));
                    });
            refuseOwnAccount(payment, account);
            transactions.add(new Pain001.Transaction(payment.reference(), payment.amount(), payment.accountHolder(),
                    payment.iban(), "Subsidie " + payment.applicationReference() + " voorschot " + payment.reference()));
        }
        String messageId = "GF" + MESSAGE_TIME.format(clock.instant().atZone(Formats.ZONE)) + "-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Pain001.Message message = new Pain001.Message(messageId, clock.instant(), executionDate,
                new Pain001.Debtor(account.name(), account.iban(), account.bic()), transactions);
        byte[] file = Pain001.write(message);
        long batchId = records.insertBatch(authority(), messageId, executionDate, transactions.size(), message.controlSum(),
                currentUser.actorName(), clock.instant(), Pain001.asText(file), payer.fundId(), account.iban());
        for (LockedPayment payment : payments) {
            records.assignBatch(payment.id(), batchId);
            audit.record("PAYMENT_EXPORTED", "PaymentInstruction", payment.id(), null, "batch " + batchId, messageId);
        }
        audit.record("PAYMENT_BATCH_EXPORTED", "PaymentBatch", batchId, null,
                transactions.size() + " payments, " + message.controlSum().toPlainString(), messageId);
        events.publishEvent(new PaymentBatchExported(batchId, transactions.size(), message.controlSum()));
        return new BatchFile(batchId, Pain001.fileName(messageId), file);
    }

    /**
     * Finance confirms the organisation's new account (changed after the decision): the open payments
     * of that grant (scheduled, held, or approved but not exported) take the current IBAN and account
     * holder; an approved one goes back to SCHEDULED, because it was approved for the old account.
     * {@code seenIban} is the new account as finance saw it ({@link PaymentListItem#newIban()}):
     * should the organisation have changed it once more since, nothing is confirmed
     * ({@code payments.ibanChangedAgain}). Only an applicant changes the profile and a user has one
     * role, so the one who confirms is never the one who changed the account.
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void confirmIban(long paymentId, String seenIban) {
        LockedPayment payment = lock(List.of(paymentId)).getFirst();
        if (payment.currentIban() == null || !Iban.isValid(payment.currentIban())) {
            throw new InvalidInputException("payments", "payments.noIban", payment.reference());
        }
        String iban = Iban.compact(payment.currentIban());
        if (!iban.equals(Iban.compact(seenIban))) {
            throw new InvalidInputException("payments", "payments.ibanChangedAgain", payment.reference());
        }
        List<Long> open = records.openOfApplication(payment.applicationId(), authority());
        if (open.isEmpty()) {
            throw new PaymentTransitionException("confirm the account of", payment.reference(), payment.status());
        }
        for (LockedPayment each : lock(open)) {
            if (!each.ibanChanged()) {
                continue;
            }
            records.takeAccount(each.id(), iban, each.currentHolder());
            audit.record("PAYMENT_IBAN_CONFIRMED", "PaymentInstruction", each.id(), each.iban() + " " + each.status(),
                    iban + " " + (each.status() == PaymentStatus.APPROVED ? PaymentStatus.SCHEDULED : each.status()), null);
        }
    }

    /** The batches of the user's authority, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public List<BatchListItem> batches() {
        return records.batches(authority());
    }

    /** The stored pain.001 file of a batch of the user's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public BatchFile batchFile(long batchId) {
        return records.batchFile(batchId, authority());
    }

    /**
     * The bank confirmed the batch: every payment in it becomes PAID on {@code paidOn} and the
     * ledger books a pay movement per payment, against its call and year; all in one transaction.
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void markBatchPaid(long batchId, LocalDate paidOn) {
        bookings.markBatchPaid(batchId, paidOn);
    }

    /** A payment never goes to the account it is paid from: that would be the authority paying itself. */
    private static void refuseOwnAccount(LockedPayment payment, PayingAccount account) {
        if (payment.iban() != null && Iban.compact(payment.iban()).equals(account.iban())) {
            throw new InvalidInputException("payments", "payments.creditorIsDebtor", payment.reference());
        }
    }

    /** Locks the payments of the user's authority, in id order (no deadlocks); throws when one is not found. */
    private List<LockedPayment> lock(Collection<Long> paymentIds) {
        return records.lock(paymentIds, authority());
    }

    /** Refused with {@link PaymentTransitionException} when the payment cannot move on to {@code to} (an exported one only to PAID). */
    static void requireTransition(LockedPayment payment, String action, PaymentStatus to) {
        boolean exported = payment.batchId() != null && to != PaymentStatus.PAID;
        if (exported || !payment.status().canMoveTo(to) || (to == PaymentStatus.PAID && payment.batchId() == null)) {
            throw new PaymentTransitionException(action, payment.reference(), payment.status());
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "payments.reasonRequired");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", "validation.tooLong", 2000);
        }
        return reason.strip();
    }

    private long authority() {
        return currentUser.require().requireAuthority();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
