package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.review.Decision;
import nl.gemeenschapsfonds.review.Decisions;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The payment module's own tables ({@code payment_instruction}, {@code payment_batch}): the reads and writes of
 * finance's work on them. Who took the grant decision comes from review's {@link Decisions}.
 */
@Component
class PaymentRecords {

    // the application's reference, the payee and the call's title are still joined here (issue 19: left for
    // submission's, organisation's and fund's read APIs)
    private static final String SELECT = """
            select i.*, a.reference as application_reference, o.legal_name, c.title_nl, c.title_en,
                   o.iban as current_iban, coalesce(o.account_holder, o.legal_name) as current_holder
            from payment_instruction i join grant_application a on a.id = i.application_id
            join organisation o on o.id = a.organisation_id join grant_call c on c.id = i.call_id""";

    private final JdbcClient jdbc;
    private final Decisions decisions;

    PaymentRecords(JdbcClient jdbc, Decisions decisions) {
        this.jdbc = jdbc;
        this.decisions = decisions;
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
        return jdbc.sql(sql.toString()).params(params).query(PaymentRecords::item).list();
    }

    List<CallOption> calls(long authorityId) {
        return jdbc.sql("""
                        select distinct c.id, c.title_nl, c.title_en from payment_instruction i join grant_call c on c.id = i.call_id
                        where i.authority_id = ? order by c.title_nl""")
                .param(authorityId)
                .query((rs, row) -> new CallOption(rs.getLong("id"), rs.getString("title_nl"), rs.getString("title_en")))
                .list();
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
        record Row(LockedPayment payment, long decisionId) {
        }
        List<Row> rows = jdbc.sql(SELECT + " where i.id in (:ids) and i.authority_id = :authority order by i.id for update of i")
                .param("ids", ids).param("authority", authorityId)
                .query((rs, row) -> new Row(new LockedPayment(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("application_reference"), PaymentStatus.valueOf(rs.getString("status")),
                        (Long) rs.getObject("batch_id"), rs.getLong("call_id"), rs.getLong("application_id"),
                        rs.getInt("year"), rs.getBigDecimal("amount"), rs.getString("iban"),
                        rs.getString("account_holder"), null, rs.getString("current_iban"),
                        rs.getString("current_holder"), rs.getDate("due_on").toLocalDate()), rs.getLong("decision_id")))
                .list();
        if (rows.size() != ids.size()) {
            Set<Long> missing = new TreeSet<>(ids);
            rows.forEach(row -> missing.remove(row.payment().id()));
            throw new NotFoundException("Payment", missing.iterator().next());
        }
        Map<Long, Decision> decided = decisions.byIds(rows.stream().map(Row::decisionId).distinct().toList());
        return rows.stream().map(row -> {
            LockedPayment p = row.payment();
            Decision decision = decided.get(row.decisionId());
            return new LockedPayment(p.id(), p.reference(), p.applicationReference(), p.status(), p.batchId(), p.callId(),
                    p.applicationId(), p.year(), p.amount(), p.iban(), p.accountHolder(),
                    decision == null ? null : decision.decidedBy(), p.currentIban(), p.currentHolder(), p.dueOn());
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

    private static PaymentListItem item(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        Long batchId = (Long) rs.getObject("batch_id");
        return new PaymentListItem(rs.getLong("id"), rs.getLong("version"), rs.getString("reference"),
                rs.getString("application_reference"), rs.getLong("call_id"), rs.getString("title_nl"),
                rs.getString("legal_name"), rs.getString("iban"), rs.getString("account_holder"), rs.getInt("year"),
                rs.getBigDecimal("amount"), rs.getDate("due_on").toLocalDate(), PaymentStatus.valueOf(status),
                rs.getString("held_reason"), rs.getString("cancel_reason"), rs.getString("approved_by"), batchId,
                rs.getDate("paid_on") == null ? null : rs.getDate("paid_on").toLocalDate(),
                batchId == null && !"PAID".equals(status) && !"CANCELLED".equals(status)
                        && LockedPayment.ibanDiffers(rs.getString("iban"), rs.getString("current_iban")),
                Iban.compact(rs.getString("current_iban")));
    }
}
