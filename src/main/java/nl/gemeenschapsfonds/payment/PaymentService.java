package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.cofinancing.CoFinancingConditions;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.fund.PayingAccount;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    private final JdbcClient jdbc;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final FundService funds;
    private final CoFinancingConditions coFinancingConditions;
    private final Clock clock;

    PaymentService(JdbcClient jdbc, BudgetLedger ledger, AuditTrail audit, CurrentUser currentUser, FundService funds,
                   CoFinancingConditions coFinancingConditions, Clock clock) {
        this.coFinancingConditions = coFinancingConditions;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.audit = audit;
        this.currentUser = currentUser;
        this.funds = funds;
        this.clock = clock;
    }

    /** The payments of the user's authority that match the filter, by due date and reference. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public List<PaymentListItem> payments(PaymentFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT + " where i.authority_id = :authority");
        Map<String, Object> params = new HashMap<>();
        params.put("authority", authority());
        if (filter.dueUpTo() != null) {
            sql.append(" and i.due_on <= :due");
            params.put("due", Date.valueOf(filter.dueUpTo()));
        }
        if (filter.callId() != null) {
            sql.append(" and i.call_id = :call");
            params.put("call", filter.callId());
        }
        if (filter.year() != null) {
            sql.append(" and i.year = :year");
            params.put("year", filter.year());
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" and i.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        sql.append(" order by i.due_on, i.reference");
        return jdbc.sql(sql.toString()).params(params).query(PaymentService::item).list();
    }

    /** The calls of the user's authority that have payments, for the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public List<CallOption> calls() {
        return jdbc.sql("""
                        select distinct c.id, c.title_nl, c.title_en from payment_instruction i join grant_call c on c.id = i.call_id
                        where i.authority_id = ? order by c.title_nl""")
                .param(authority())
                .query((rs, row) -> new CallOption(rs.getLong("id"), rs.getString("title_nl"), rs.getString("title_en")))
                .list();
    }

    /** The budget years that have payments in the user's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public List<Integer> years() {
        return jdbc.sql("select distinct year from payment_instruction where authority_id = ? order by year")
                .param(authority()).query(Integer.class).list();
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
        List<Locked> payments = lock(paymentIds);
        // A grant made on the condition that the missing co-financing is confirmed is not paid before it is.
        java.util.Set<Long> conditional = coFinancingConditions.openAmong(payments.stream().map(Locked::applicationId).toList());
        for (Locked payment : payments) {
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
            jdbc.sql("""
                            update payment_instruction set status = 'APPROVED', approved_by = ?, approved_at = ?,
                                version = version + 1 where id = ?""")
                    .params(me, Timestamp.from(clock.instant()), payment.id()).update();
            audit.record("PAYMENT_APPROVED", "PaymentInstruction", payment.id(), payment.status().name(),
                    PaymentStatus.APPROVED.name(), null);
        }
    }

    /** Holds a payment that is scheduled or approved but not yet exported, with the reason (Awb 4:56). */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void hold(long paymentId, String reason) {
        String why = requireReason(reason);
        Locked payment = lock(List.of(paymentId)).getFirst();
        requireTransition(payment, "hold", PaymentStatus.HELD);
        jdbc.sql("""
                        update payment_instruction set status = 'HELD', held_reason = ?, approved_by = null, approved_at = null,
                            version = version + 1 where id = ?""")
                .params(why, paymentId).update();
        audit.record("PAYMENT_HELD", "PaymentInstruction", paymentId, payment.status().name(), PaymentStatus.HELD.name(), why);
    }

    /** Releases a held payment: it is scheduled again and needs a new approval. */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void release(long paymentId) {
        Locked payment = lock(List.of(paymentId)).getFirst();
        requireTransition(payment, "release", PaymentStatus.SCHEDULED);
        if (payment.iban() == null) {
            throw new InvalidInputException("payments", "payments.noIban", payment.reference());
        }
        jdbc.sql("update payment_instruction set status = 'SCHEDULED', held_reason = null, version = version + 1 where id = ?")
                .param(paymentId).update();
        audit.record("PAYMENT_RELEASED", "PaymentInstruction", paymentId, payment.status().name(),
                PaymentStatus.SCHEDULED.name(), null);
    }

    /** Cancels a payment that is not paid nor exported, with the reason. */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void cancel(long paymentId, String reason) {
        String why = requireReason(reason);
        Locked payment = lock(List.of(paymentId)).getFirst();
        requireTransition(payment, "cancel", PaymentStatus.CANCELLED);
        jdbc.sql("""
                        update payment_instruction set status = 'CANCELLED', held_reason = null, cancel_reason = ?,
                            version = version + 1 where id = ?""")
                .params(why, paymentId).update();
        audit.record("PAYMENT_CANCELLED", "PaymentInstruction", paymentId, payment.status().name(),
                PaymentStatus.CANCELLED.name(), why);
    }

    /**
     * Puts these approved payments in a new batch and answers its pain.001 file: one transfer per
     * payment, end-to-end id the payment reference, paid from the fund's account (set by an
     * administrator on the fund page; the debtor is the authority). The file is stored with the batch,
     * so the same file can be downloaded again. The requested execution date rolls forward to a TARGET2
     * business day ({@link ExecutionDatePolicy}); refused when that is in the past or before a payment's
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
        LocalDate executionDate = ExecutionDatePolicy.executionDate(requestedDate);
        if (executionDate.isBefore(today)) {
            throw new InvalidInputException("executionDate", "payments.executionDateInPast");
        }
        List<Locked> payments = lock(paymentIds);
        for (Locked payment : payments) {
            if (payment.status() != PaymentStatus.APPROVED || payment.batchId() != null) {
                throw new PaymentTransitionException("export", payment.reference(), payment.status());
            }
        }
        Map<Long, FundService.FundPayer> payers = new HashMap<>();
        for (Locked payment : payments) {
            payers.computeIfAbsent(payment.callId(), funds::payerOfCall);
        }
        if (payers.values().stream().map(FundService.FundPayer::fundId).distinct().count() > 1) {
            throw new InvalidInputException("payments", "payments.oneFundPerBatch");
        }
        FundService.FundPayer payer = payers.values().iterator().next();
        PayingAccount account = payer.account().orElseThrow(() ->
                new InvalidInputException("payments", "payments.noPayingAccount", payer.fundName()));
        List<Pain001.Transaction> transactions = new ArrayList<>();
        for (Locked payment : payments) {
            if (payment.ibanChanged()) {
                throw new InvalidInputException("payments", "payments.ibanChanged", payment.reference());
            }
            ExecutionDatePolicy.executionProblem(payment.reference(), payment.dueOn(), executionDate, today)
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
        long batchId = jdbc.sql("""
                        insert into payment_batch (authority_id, message_id, execution_date, number_of_transactions, control_sum,
                            status, created_by, created_at, pain001, fund_id, debtor_iban)
                        values (?, ?, ?, ?, ?, 'EXPORTED', ?, ?, ?, ?, ?) returning id""")
                .params(authority(), messageId, Date.valueOf(executionDate), transactions.size(), message.controlSum(),
                        currentUser.actorName(), Timestamp.from(clock.instant()), Pain001.asText(file), payer.fundId(),
                        account.iban())
                .query(Long.class).single();
        for (Locked payment : payments) {
            jdbc.sql("update payment_instruction set batch_id = ?, version = version + 1 where id = ?")
                    .params(batchId, payment.id()).update();
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
        Locked payment = lock(List.of(paymentId)).getFirst();
        if (payment.currentIban() == null || !Iban.isValid(payment.currentIban())) {
            throw new InvalidInputException("payments", "payments.noIban", payment.reference());
        }
        String iban = Iban.compact(payment.currentIban());
        if (!iban.equals(Iban.compact(seenIban))) {
            throw new InvalidInputException("payments", "payments.ibanChangedAgain", payment.reference());
        }
        List<Long> open = jdbc.sql("""
                        select id from payment_instruction where application_id = ? and authority_id = ? and batch_id is null
                        and status in ('SCHEDULED', 'APPROVED', 'HELD') order by id""")
                .params(payment.applicationId(), authority()).query(Long.class).list();
        if (open.isEmpty()) {
            throw new PaymentTransitionException("confirm the account of", payment.reference(), payment.status());
        }
        for (Locked each : lock(open)) {
            if (!each.ibanChanged()) {
                continue;
            }
            jdbc.sql("""
                            update payment_instruction set iban = ?, account_holder = ?,
                                status = case when status = 'APPROVED' then 'SCHEDULED' else status end,
                                approved_by = case when status = 'APPROVED' then null else approved_by end,
                                approved_at = case when status = 'APPROVED' then null else approved_at end,
                                version = version + 1 where id = ?""")
                    .params(iban, each.currentHolder(), each.id()).update();
            audit.record("PAYMENT_IBAN_CONFIRMED", "PaymentInstruction", each.id(), each.iban() + " " + each.status(),
                    iban + " " + (each.status() == PaymentStatus.APPROVED ? PaymentStatus.SCHEDULED : each.status()), null);
        }
    }

    /** The batches of the user's authority, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public List<BatchListItem> batches() {
        return jdbc.sql("select * from payment_batch where authority_id = ? order by created_at desc, id desc")
                .param(authority())
                .query((rs, row) -> new BatchListItem(rs.getLong("id"), rs.getString("message_id"),
                        rs.getDate("execution_date").toLocalDate(), rs.getInt("number_of_transactions"),
                        rs.getBigDecimal("control_sum"), BatchListItem.BatchStatus.valueOf(rs.getString("status")),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getDate("paid_on") == null ? null : rs.getDate("paid_on").toLocalDate()))
                .list();
    }

    /** The stored pain.001 file of a batch of the user's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public BatchFile batchFile(long batchId) {
        return jdbc.sql("select message_id, pain001 from payment_batch where id = ? and authority_id = ?")
                .params(batchId, authority())
                .query((rs, row) -> new BatchFile(batchId, Pain001.fileName(rs.getString("message_id")),
                        rs.getString("pain001").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .optional().orElseThrow(() -> new NotFoundException("Payment batch", batchId));
    }

    /**
     * The bank confirmed the batch: every payment in it becomes PAID on {@code paidOn} and the
     * ledger books a pay movement per payment, against its call and year; all in one transaction.
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void markBatchPaid(long batchId, LocalDate paidOn) {
        record Batch(String status, LocalDate executionDate) {
        }
        Batch batch = jdbc.sql("select status, execution_date from payment_batch where id = ? and authority_id = ? for update")
                .params(batchId, authority())
                .query((rs, row) -> new Batch(rs.getString("status"), rs.getDate("execution_date").toLocalDate())).optional()
                .orElseThrow(() -> new NotFoundException("Payment batch", batchId));
        String status = batch.status();
        // the booking cannot be undone (a correction is a new movement): never before the money left, never ahead
        ExecutionDatePolicy.bookingProblem(paidOn, batch.executionDate(), today()).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
        if (!"EXPORTED".equals(status)) {
            throw new InvalidInputException("batch", "payments.batchAlreadyPaid");
        }
        // payments of the batch that a bank statement import booked already stay as they are
        List<Long> ids = jdbc.sql("select id from payment_instruction where batch_id = ? and status <> 'PAID' order by id")
                .param(batchId).query(Long.class).list();
        for (Locked payment : lock(ids)) {
            pay(payment, paidOn, "batch " + batchId);
        }
        jdbc.sql("""
                        update payment_batch set status = 'PAID', paid_on = ?, confirmed_by = ?, confirmed_at = ?,
                            version = version + 1 where id = ?""")
                .params(Date.valueOf(paidOn), currentUser.actorName(), Timestamp.from(clock.instant()), batchId).update();
        audit.record("PAYMENT_BATCH_PAID", "PaymentBatch", batchId, status, "PAID " + paidOn, null);
    }

    /**
     * For {@link BankStatements}, in its transaction: these exported payments were paid on the bank's
     * booking date. Each becomes PAID with a pay movement in the ledger; a batch whose payments are
     * now all paid becomes PAID on the latest booking date. Refused (nothing booked) when one of them
     * is not an approved payment in an exported batch any more.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void payFromStatement(Map<Long, LocalDate> bookingDates, String statement) {
        if (bookingDates.isEmpty()) {
            return;
        }
        Set<Long> batches = new TreeSet<>();
        for (Locked payment : lock(bookingDates.keySet())) {
            pay(payment, bookingDates.get(payment.id()), "bank statement " + statement);
            batches.add(payment.batchId());
        }
        for (long batchId : batches) {
            int closed = jdbc.sql("""
                            update payment_batch b set status = 'PAID', confirmed_by = ?, confirmed_at = ?, version = version + 1,
                                paid_on = (select max(i.paid_on) from payment_instruction i where i.batch_id = b.id)
                            where b.id = ? and b.status = 'EXPORTED'
                            and not exists (select 1 from payment_instruction i where i.batch_id = b.id and i.status <> 'PAID')""")
                    .params(currentUser.actorName(), Timestamp.from(clock.instant()), batchId).update();
            if (closed == 1) {
                audit.record("PAYMENT_BATCH_PAID", "PaymentBatch", batchId, "EXPORTED", "PAID", "bank statement " + statement);
            }
        }
    }

    /** A payment never goes to the account it is paid from: that would be the authority paying itself. */
    private static void refuseOwnAccount(Locked payment, PayingAccount account) {
        if (payment.iban() != null && Iban.compact(payment.iban()).equals(account.iban())) {
            throw new InvalidInputException("payments", "payments.creditorIsDebtor", payment.reference());
        }
    }

    /** One payment of an exported batch is paid: PAID on that date, a pay movement in the ledger, audited. */
    private void pay(Locked payment, LocalDate paidOn, String source) {
        requireTransition(payment, "pay", PaymentStatus.PAID);
        jdbc.sql("update payment_instruction set status = 'PAID', paid_on = ?, version = version + 1 where id = ?")
                .params(Date.valueOf(paidOn), payment.id()).update();
        ledger.pay(payment.callId(), payment.applicationId(), payment.year(), payment.amount(),
                "Payment " + payment.reference());
        audit.record("PAYMENT_PAID", "PaymentInstruction", payment.id(), payment.status().name(),
                PaymentStatus.PAID.name() + " " + paidOn, source);
        events.publishEvent(new AdvancePaid(payment.applicationId(), payment.id(), payment.reference(),
                payment.reference().endsWith("-V"), payment.amount(), paidOn));
    }

    private static final String SELECT = """
            select i.*, a.reference as application_reference, o.legal_name, c.title_nl, c.title_en, d.decided_by,
                   o.iban as current_iban, coalesce(o.account_holder, o.legal_name) as current_holder
            from payment_instruction i join grant_application a on a.id = i.application_id
            join organisation o on o.id = a.organisation_id join grant_call c on c.id = i.call_id
            join decision d on d.id = i.decision_id""";

    /** Locks the payments of the user's authority, in id order (no deadlocks); throws when one is not found. */
    private List<Locked> lock(Collection<Long> paymentIds) {
        Set<Long> ids = new TreeSet<>(paymentIds);
        if (ids.isEmpty()) {
            throw new InvalidInputException("payments", "payments.noneSelected");
        }
        List<Locked> locked = jdbc.sql(SELECT + " where i.id in (:ids) and i.authority_id = :authority order by i.id for update of i")
                .param("ids", ids).param("authority", authority())
                .query((rs, row) -> new Locked(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("application_reference"), PaymentStatus.valueOf(rs.getString("status")),
                        (Long) rs.getObject("batch_id"), rs.getLong("call_id"), rs.getLong("application_id"),
                        rs.getInt("year"), rs.getBigDecimal("amount"), rs.getString("iban"),
                        rs.getString("account_holder"), rs.getString("decided_by"), rs.getString("current_iban"),
                        rs.getString("current_holder"), rs.getDate("due_on").toLocalDate()))
                .list();
        if (locked.size() != ids.size()) {
            Set<Long> missing = new TreeSet<>(ids);
            locked.forEach(payment -> missing.remove(payment.id()));
            throw new NotFoundException("Payment", missing.iterator().next());
        }
        return locked;
    }

    private static void requireTransition(Locked payment, String action, PaymentStatus to) {
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

    private static PaymentListItem item(ResultSet rs, int row) throws SQLException {
        return new PaymentListItem(rs.getLong("id"), rs.getLong("version"), rs.getString("reference"),
                rs.getString("application_reference"), rs.getLong("call_id"), rs.getString("title_nl"),
                rs.getString("legal_name"), rs.getString("iban"), rs.getString("account_holder"), rs.getInt("year"),
                rs.getBigDecimal("amount"), rs.getDate("due_on").toLocalDate(), PaymentStatus.valueOf(rs.getString("status")),
                rs.getString("held_reason"), rs.getString("cancel_reason"), rs.getString("approved_by"), (Long) rs.getObject("batch_id"),
                rs.getDate("paid_on") == null ? null : rs.getDate("paid_on").toLocalDate(),
                isOpen(rs.getString("status"), (Long) rs.getObject("batch_id"))
                        && ibanDiffers(rs.getString("iban"), rs.getString("current_iban")),
                Iban.compact(rs.getString("current_iban")));
    }

    private static boolean isOpen(String status, Long batchId) {
        return batchId == null && !"PAID".equals(status) && !"CANCELLED".equals(status);
    }

    private record Locked(long id, String reference, String applicationReference, PaymentStatus status, Long batchId,
                          long callId, long applicationId, int year, BigDecimal amount, String iban, String accountHolder,
                          String decidedBy, String currentIban, String currentHolder, LocalDate dueOn) {

        /** The organisation's account changed after this instruction was made: finance must confirm it first. */
        boolean ibanChanged() {
            return ibanDiffers(iban, currentIban);
        }
    }

    private static boolean ibanDiffers(String instruction, String organisation) {
        return !java.util.Objects.equals(instruction, organisation == null ? null : Iban.compact(organisation));
    }
}
