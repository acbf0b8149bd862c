package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.fund.CallFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.organisation.OrganisationFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.review.Decision;
import nl.gemeenschapsfonds.review.Decisions;
import nl.gemeenschapsfonds.submission.ApplicationSummaries;
import nl.gemeenschapsfonds.submission.ApplicationSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The payment module's own tables ({@code payment_instruction}, {@code payment_batch}): the reads and writes of
 * finance's work on them. Who took the grant decision comes from review's {@link Decisions}; what a row shows of the
 * application, the payee and the call from submission's {@link ApplicationSummaries}, organisation's
 * {@link Organisations} and fund's {@link Funds}, each read once for all rows of a list (by ids, never per row).
 */
@Component
class PaymentRecords {

    /**
     * Only the module's own table: the application's reference, the payee's name and account now and the call's title
     * come from submission's, organisation's and fund's batch reads, once per list (see {@link #shown}).
     */
    private static final String SELECT = "select i.* from payment_instruction i";

    private final JdbcClient jdbc;
    private final Decisions decisions;
    private final ApplicationSummaries applications;
    private final Organisations organisations;
    private final Funds funds;

    PaymentRecords(JdbcClient jdbc, Decisions decisions, ApplicationSummaries applications, Organisations organisations,
                   Funds funds) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.applications = applications;
        this.organisations = organisations;
        this.funds = funds;
    }

    List<PaymentListItem> list(long authorityId, PaymentFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT + " where i.authority_id = :authority");
        Map<String, Object> params = new HashMap<>();
        params.put("authority", authorityId);
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
        List<Instruction> rows = jdbc.sql(sql.toString()).params(params).query(PaymentRecords::instruction).list();
        Shown shown = shown(rows);
        return rows.stream().map(row -> row.item(shown)).toList();
    }

    /** The calls the authority has payments in, by Dutch title: its own call ids, then fund's titles in one read. */
    List<CallOption> calls(long authorityId) {
        List<Long> callIds = jdbc.sql("select distinct call_id from payment_instruction where authority_id = ?")
                .param(authorityId).query(Long.class).list();
        return funds.calls(callIds).values().stream()
                .map(call -> new CallOption(call.id(), call.titleNl(), call.titleEn()))
                .sorted(Comparator.comparing(CallOption::titleNl).thenComparing(CallOption::id))
                .toList();
    }

    List<Integer> years(long authorityId) {
        return jdbc.sql("select distinct year from payment_instruction where authority_id = ? order by year")
                .param(authorityId).query(Integer.class).list();
    }

    /** Locks the payments of the authority, in id order (no deadlocks); throws when one is not found. */
    List<LockedPayment> lock(Collection<Long> paymentIds, long authorityId) {
        Set<Long> ids = new TreeSet<>(paymentIds);
        if (ids.isEmpty()) {
            throw new InvalidInputException("payments", "payments.noneSelected");
        }
        List<Instruction> rows = jdbc.sql(SELECT + " where i.id in (:ids) and i.authority_id = :authority order by i.id for update of i")
                .param("ids", ids).param("authority", authorityId)
                .query(PaymentRecords::instruction).list();
        if (rows.size() != ids.size()) {
            Set<Long> missing = new TreeSet<>(ids);
            rows.forEach(row -> missing.remove(row.id()));
            throw new NotFoundException("Payment", missing.iterator().next());
        }
        Shown shown = shown(rows);
        Map<Long, Decision> decided = decisions.byIds(rows.stream().map(Instruction::decisionId).distinct().toList());
        return rows.stream().map(row -> {
            Decision decision = decided.get(row.decisionId());
            OrganisationFacts payee = shown.organisationOf(row);
            return new LockedPayment(row.id(), row.reference(), shown.applicationOf(row).reference(), row.status(),
                    row.batchId(), row.callId(), row.applicationId(), row.year(), row.amount(), row.iban(),
                    row.accountHolder(), decision == null ? null : decision.decidedBy(), payee.iban(),
                    payee.accountHolder() == null ? payee.legalName() : payee.accountHolder(), row.dueOn());
        }).toList();
    }

    void approve(long paymentId, String by, Instant at) {
        jdbc.sql("""
                        update payment_instruction set status = 'APPROVED', approved_by = ?, approved_at = ?,
                            version = version + 1 where id = ?""")
                .params(by, Timestamp.from(at), paymentId).update();
    }

    void hold(long paymentId, String reason) {
        jdbc.sql("""
                        update payment_instruction set status = 'HELD', held_reason = ?, approved_by = null, approved_at = null,
                            version = version + 1 where id = ?""")
                .params(reason, paymentId).update();
    }

    void release(long paymentId) {
        jdbc.sql("update payment_instruction set status = 'SCHEDULED', held_reason = null, version = version + 1 where id = ?")
                .param(paymentId).update();
    }

    void cancel(long paymentId, String reason) {
        jdbc.sql("""
                        update payment_instruction set status = 'CANCELLED', held_reason = null, cancel_reason = ?,
                            version = version + 1 where id = ?""")
                .params(reason, paymentId).update();
    }

    void markPaid(long paymentId, LocalDate paidOn) {
        jdbc.sql("update payment_instruction set status = 'PAID', paid_on = ?, version = version + 1 where id = ?")
                .params(Date.valueOf(paidOn), paymentId).update();
    }

    /** The open payments (not exported) of the application, to take a confirmed account. */
    List<Long> openOfApplication(long applicationId, long authorityId) {
        return jdbc.sql("""
                        select id from payment_instruction where application_id = ? and authority_id = ? and batch_id is null
                        and status in ('SCHEDULED', 'APPROVED', 'HELD') order by id""")
                .params(applicationId, authorityId).query(Long.class).list();
    }

    /** The payment takes the new account; an approved one goes back to SCHEDULED, approved for the old account. */
    void takeAccount(long paymentId, String iban, String holder) {
        jdbc.sql("""
                        update payment_instruction set iban = ?, account_holder = ?,
                            status = case when status = 'APPROVED' then 'SCHEDULED' else status end,
                            approved_by = case when status = 'APPROVED' then null else approved_by end,
                            approved_at = case when status = 'APPROVED' then null else approved_at end,
                            version = version + 1 where id = ?""")
                .params(iban, holder, paymentId).update();
    }

    long insertBatch(long authorityId, String messageId, LocalDate executionDate, int transactions, BigDecimal controlSum,
                     String by, Instant at, String pain001, long fundId, String debtorIban) {
        return jdbc.sql("""
                        insert into payment_batch (authority_id, message_id, execution_date, number_of_transactions, control_sum,
                            status, created_by, created_at, pain001, fund_id, debtor_iban)
                        values (?, ?, ?, ?, ?, 'EXPORTED', ?, ?, ?, ?, ?) returning id""")
                .params(authorityId, messageId, Date.valueOf(executionDate), transactions, controlSum, by, Timestamp.from(at),
                        pain001, fundId, debtorIban)
                .query(Long.class).single();
    }

    void assignBatch(long paymentId, long batchId) {
        jdbc.sql("update payment_instruction set batch_id = ?, version = version + 1 where id = ?").params(batchId, paymentId).update();
    }

    List<BatchListItem> batches(long authorityId) {
        return jdbc.sql("select * from payment_batch where authority_id = ? order by created_at desc, id desc")
                .param(authorityId)
                .query((rs, row) -> new BatchListItem(rs.getLong("id"), rs.getString("message_id"),
                        rs.getDate("execution_date").toLocalDate(), rs.getInt("number_of_transactions"),
                        rs.getBigDecimal("control_sum"), BatchListItem.BatchStatus.valueOf(rs.getString("status")),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getDate("paid_on") == null ? null : rs.getDate("paid_on").toLocalDate()))
                .list();
    }

    BatchFile batchFile(long batchId, long authorityId) {
        return jdbc.sql("select message_id, pain001 from payment_batch where id = ? and authority_id = ?")
                .params(batchId, authorityId)
                .query((rs, row) -> new BatchFile(batchId, Pain001.fileName(rs.getString("message_id")),
                        rs.getString("pain001").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .optional().orElseThrow(() -> new NotFoundException("Payment batch", batchId));
    }

    /** A batch's status and execution date, its row locked. */
    record LockedBatch(String status, LocalDate executionDate) {
    }

    LockedBatch lockBatch(long batchId, long authorityId) {
        return jdbc.sql("select status, execution_date from payment_batch where id = ? and authority_id = ? for update")
                .params(batchId, authorityId)
                .query((rs, row) -> new LockedBatch(rs.getString("status"), rs.getDate("execution_date").toLocalDate())).optional()
                .orElseThrow(() -> new NotFoundException("Payment batch", batchId));
    }

    /** The payments of the batch that a bank statement import did not book already. */
    List<Long> unpaidOfBatch(long batchId) {
        return jdbc.sql("select id from payment_instruction where batch_id = ? and status <> 'PAID' order by id")
                .param(batchId).query(Long.class).list();
    }

    void markBatchPaid(long batchId, LocalDate paidOn, String by, Instant at) {
        jdbc.sql("""
                        update payment_batch set status = 'PAID', paid_on = ?, confirmed_by = ?, confirmed_at = ?,
                            version = version + 1 where id = ?""")
                .params(Date.valueOf(paidOn), by, Timestamp.from(at), batchId).update();
    }

    /** Closes an exported batch whose payments are all paid, on the latest booking date; whether it did. */
    boolean closeBatchIfPaid(long batchId, String by, Instant at) {
        return jdbc.sql("""
                        update payment_batch b set status = 'PAID', confirmed_by = ?, confirmed_at = ?, version = version + 1,
                            paid_on = (select max(i.paid_on) from payment_instruction i where i.batch_id = b.id)
                        where b.id = ? and b.status = 'EXPORTED'
                        and not exists (select 1 from payment_instruction i where i.batch_id = b.id and i.status <> 'PAID')""")
                .params(by, Timestamp.from(at), batchId).update() == 1;
    }

    /** A row of {@code payment_instruction}. */
    private record Instruction(long id, long version, String reference, long applicationId, long decisionId, long callId,
                               int year, BigDecimal amount, LocalDate dueOn, String iban, String accountHolder,
                               PaymentStatus status, String heldReason, String cancelReason, String approvedBy, Long batchId,
                               LocalDate paidOn) {

        PaymentListItem item(Shown shown) {
            OrganisationFacts payee = shown.organisationOf(this);
            CallFacts call = shown.calls().get(callId);
            return new PaymentListItem(id, version, reference, shown.applicationOf(this).reference(), callId,
                    call == null ? null : call.titleNl(), payee.legalName(), iban, accountHolder, year, amount, dueOn,
                    status, heldReason, cancelReason, approvedBy, batchId, paidOn,
                    batchId == null && status != PaymentStatus.PAID && status != PaymentStatus.CANCELLED
                            && LockedPayment.ibanDiffers(iban, payee.iban()),
                    Iban.compact(payee.iban()));
        }
    }

    /** What the rows show of other modules, read once for all rows: three queries, whatever the number of rows. */
    private record Shown(Map<Long, ApplicationSummary> applications, Map<Long, OrganisationFacts> organisations,
                         Map<Long, CallFacts> calls) {

        ApplicationSummary applicationOf(Instruction row) {
            return applications.get(row.applicationId());
        }

        OrganisationFacts organisationOf(Instruction row) {
            return organisations.get(applicationOf(row).organisationId());
        }
    }

    private Shown shown(List<Instruction> rows) {
        if (rows.isEmpty()) {
            return new Shown(Map.of(), Map.of(), Map.of());
        }
        Map<Long, ApplicationSummary> applied = applications.of(rows.stream().map(Instruction::applicationId).collect(Collectors.toSet()));
        Map<Long, OrganisationFacts> payees = organisations.organisations(
                applied.values().stream().map(ApplicationSummary::organisationId).collect(Collectors.toSet()));
        Map<Long, CallFacts> calls = funds.calls(rows.stream().map(Instruction::callId).collect(Collectors.toSet()));
        return new Shown(applied, payees, calls);
    }

    private static Instruction instruction(ResultSet rs, int row) throws SQLException {
        return new Instruction(rs.getLong("id"), rs.getLong("version"), rs.getString("reference"), rs.getLong("application_id"),
                rs.getLong("decision_id"), rs.getLong("call_id"), rs.getInt("year"), rs.getBigDecimal("amount"),
                rs.getDate("due_on").toLocalDate(), rs.getString("iban"), rs.getString("account_holder"),
                PaymentStatus.valueOf(rs.getString("status")), rs.getString("held_reason"), rs.getString("cancel_reason"),
                rs.getString("approved_by"), (Long) rs.getObject("batch_id"),
                rs.getDate("paid_on") == null ? null : rs.getDate("paid_on").toLocalDate());
    }
}
