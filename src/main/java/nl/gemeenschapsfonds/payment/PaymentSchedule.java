package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.review.GrantDecided;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns the advance payments of a grant decision into payment instructions, one per advance, with
 * the organisation's IBAN and account holder as they are at that moment. Idempotent: an advance
 * that already has its instruction is skipped, so it may run again for the same decision.
 */
@Service
public class PaymentSchedule {

    /** The held reason of an instruction made for an organisation without a valid IBAN; the view translates it. */
    public static final String NO_IBAN_REASON = "No valid IBAN in the organisation profile";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PaymentSchedule(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** In the decision maker's transaction: the instructions exist as soon as the decision does. */
    @EventListener
    void onGrantDecided(GrantDecided decided) {
        createFor(decided.applicationId());
    }

    /**
     * Creates the missing instructions for the advances of the application's grant decision; answers
     * how many were created. An organisation without a valid IBAN gets its instructions HELD.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('DECISION_MAKER', 'FINANCE')")
    public int createFor(long applicationId) {
        Grant grant = grantOfOwnAuthority(applicationId);
        List<Advance> advances = jdbc.sql("""
                        select p.position, p.due_on, p.year, p.amount from advance_payment p
                        where p.decision_id = ? and not exists (select 1 from payment_instruction i
                            where i.decision_id = p.decision_id and i.position = p.position)
                        order by p.position""")
                .param(grant.decisionId())
                .query((rs, row) -> new Advance(rs.getInt("position"), rs.getDate("due_on").toLocalDate(),
                        rs.getInt("year"), rs.getBigDecimal("amount")))
                .list();
        boolean validIban = grant.iban() != null && Iban.isValid(grant.iban());
        for (Advance advance : advances) {
            String reference = grant.reference() + "-" + (advance.position() + 1);
            PaymentStatus status = validIban ? PaymentStatus.SCHEDULED : PaymentStatus.HELD;
            long id = jdbc.sql("""
                            insert into payment_instruction (authority_id, application_id, decision_id, position, call_id, year,
                                amount, due_on, iban, account_holder, reference, status, held_reason, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(grant.authorityId(), grant.applicationId(), grant.decisionId(), advance.position(),
                            grant.callId(), advance.year(), advance.amount(), Date.valueOf(advance.dueOn()),
                            validIban ? Iban.compact(grant.iban()) : null, grant.holder(), reference, status.name(),
                            validIban ? null : NO_IBAN_REASON,
                            Timestamp.from(clock.instant()))
                    .query(Long.class).single();
            audit.record("PAYMENT_SCHEDULED", "PaymentInstruction", id, null,
                    status + " " + reference + " " + advance.amount().toPlainString() + " due " + advance.dueOn(),
                    "Advance of the grant decision " + grant.reference());
        }
        return advances.size();
    }

    /**
     * What has been paid on an application of the user's authority so far, and what is still on its way
     * (scheduled, approved or held): the settlement needs both.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public PaymentsSoFar soFar(long applicationId) {
        long authority = currentUser.require().requireAuthority();
        java.util.SortedMap<Integer, BigDecimal> paid = new java.util.TreeMap<>();
        BigDecimal[] open = {BigDecimal.ZERO.setScale(2)};
        jdbc.sql("select year, status, sum(amount) as amount from payment_instruction "
                        + "where application_id = ? and authority_id = ? and status in ('PAID', 'SCHEDULED', 'APPROVED', 'HELD') "
                        + "group by year, status")
                .params(applicationId, authority)
                .query((rs, row) -> {
                    if ("PAID".equals(rs.getString("status"))) {
                        paid.merge(rs.getInt("year"), rs.getBigDecimal("amount"), BigDecimal::add);
                    } else {
                        open[0] = open[0].add(rs.getBigDecimal("amount"));
                    }
                    return null;
                }).list();
        return new PaymentsSoFar(paid, open[0]);
    }

    /** Paid amounts per year and the amount still open (scheduled, approved or held) of an application. */
    public record PaymentsSoFar(java.util.SortedMap<Integer, BigDecimal> paidPerYear, BigDecimal open) {

        public PaymentsSoFar {
            paidPerYear = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(paidPerYear));
        }

        public BigDecimal paid() {
            return paidPerYear.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /**
     * The final payment after a settlement: one instruction (reference {@code <grant>-V}) for what the
     * settlement still owes, due on {@code dueOn}, against {@code year}. Answers its id.
     */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public long scheduleFinal(long applicationId, int year, BigDecimal amount, LocalDate dueOn) {
        Grant grant = grantOfOwnAuthority(applicationId);
        boolean validIban = grant.iban() != null && Iban.isValid(grant.iban());
        PaymentStatus status = validIban ? PaymentStatus.SCHEDULED : PaymentStatus.HELD;
        String reference = grant.reference() + "-V";
        long id = jdbc.sql("""
                        insert into payment_instruction (authority_id, application_id, decision_id, position, call_id, year,
                            amount, due_on, iban, account_holder, reference, status, held_reason, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(grant.authorityId(), grant.applicationId(), grant.decisionId(), FINAL_POSITION, grant.callId(), year,
                        amount, Date.valueOf(dueOn), validIban ? Iban.compact(grant.iban()) : null, grant.holder(), reference,
                        status.name(), validIban ? null : NO_IBAN_REASON, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record("PAYMENT_SCHEDULED", "PaymentInstruction", id, null,
                status + " " + reference + " " + amount.toPlainString() + " due " + dueOn,
                "Final payment after the settlement of " + grant.reference());
        return id;
    }

    /** The position of the final payment among a decision's instructions; advances count from 0. */
    static final int FINAL_POSITION = 1000;

    private record Grant(long applicationId, String reference, long callId, long authorityId, long decisionId,
                         String iban, String holder) {
    }

    private record Advance(int position, LocalDate dueOn, int year, BigDecimal amount) {
    }

    /** The grant decision of an application of the signed-in user's authority, with the organisation's account. */
    private Grant grantOfOwnAuthority(long applicationId) {
        long authority = currentUser.require().requireAuthority();
        return jdbc.sql("""
                        select a.id, a.reference, a.call_id, f.authority_id, d.id as decision_id, o.iban,
                               coalesce(o.account_holder, o.legal_name) as holder
                        from grant_application a join grant_call c on c.id = a.call_id join fund f on f.id = c.fund_id
                        join decision d on d.application_id = a.id join organisation o on o.id = a.organisation_id
                        where a.id = ? and f.authority_id = ? and d.kind <> 'REFUSE'""")
                .params(applicationId, authority)
                .query((rs, row) -> new Grant(rs.getLong("id"), rs.getString("reference"), rs.getLong("call_id"),
                        rs.getLong("authority_id"), rs.getLong("decision_id"), rs.getString("iban"), rs.getString("holder")))
                .optional().orElseThrow(() -> new NotFoundException("Grant decision of application", applicationId));
    }

}
