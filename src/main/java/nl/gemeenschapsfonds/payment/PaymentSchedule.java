package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.review.Decision;
import nl.gemeenschapsfonds.review.Decisions;
import nl.gemeenschapsfonds.review.GrantDecided;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.organisation.Payee;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.GrantApplication;
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
    private final Decisions decisions;
    private final ApplicationScope applications;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PaymentSchedule(JdbcClient jdbc, Decisions decisions, ApplicationScope applications, Organisations organisations,
                    AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.applications = applications;
        this.organisations = organisations;
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
        java.util.Set<Integer> made = new java.util.HashSet<>(jdbc.sql("select position from payment_instruction where decision_id = ?")
                .param(grant.decisionId()).query(Integer.class).list());
        List<Decision.Advance> advances = grant.advances().stream().filter(advance -> !made.contains(advance.position()))
                .sorted(java.util.Comparator.comparingInt(Decision.Advance::position)).toList();
        boolean validIban = grant.iban() != null && Iban.isValid(grant.iban());
        for (Decision.Advance advance : advances) {
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
     * The final payment after a settlement: one instruction per budget year for what the settlement still owes in
     * that year, due on {@code dueOn}. The first year's reference is {@code <grant>-V}, a later year's {@code <grant>-V2},
     * {@code -V3}…; a single-year final payment keeps {@code -V}. Answers their ids, by year.
     */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public List<Long> scheduleFinal(long applicationId, java.util.SortedMap<Integer, BigDecimal> amountPerYear, LocalDate dueOn) {
        Grant grant = grantOfOwnAuthority(applicationId);
        boolean validIban = grant.iban() != null && Iban.isValid(grant.iban());
        PaymentStatus status = validIban ? PaymentStatus.SCHEDULED : PaymentStatus.HELD;
        List<Long> ids = new java.util.ArrayList<>();
        for (java.util.Map.Entry<Integer, BigDecimal> part : amountPerYear.entrySet()) {
            int number = ids.size();
            String reference = grant.reference() + "-V" + (number == 0 ? "" : String.valueOf(number + 1));
            long id = jdbc.sql("""
                            insert into payment_instruction (authority_id, application_id, decision_id, position, call_id, year,
                                amount, due_on, iban, account_holder, reference, status, held_reason, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(grant.authorityId(), grant.applicationId(), grant.decisionId(), FINAL_POSITION + number,
                            grant.callId(), part.getKey(), part.getValue(), Date.valueOf(dueOn),
                            validIban ? Iban.compact(grant.iban()) : null, grant.holder(), reference, status.name(),
                            validIban ? null : NO_IBAN_REASON, Timestamp.from(clock.instant()))
                    .query(Long.class).single();
            audit.record("PAYMENT_SCHEDULED", "PaymentInstruction", id, null,
                    status + " " + reference + " " + part.getValue().toPlainString() + " due " + dueOn,
                    "Final payment after the settlement of " + grant.reference());
            ids.add(id);
        }
        return ids;
    }

    /**
     * A further final payment after an upheld objection to the settlement raised it (issue 22, docs/adr/0029): one
     * instruction per budget year, numbered on after the final payments already made ({@code <grant>-V2}, {@code -V3}…),
     * due on {@code dueOn}. In the decision maker's transaction that decides on the objection. Answers their ids.
     */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public List<Long> scheduleAfterObjection(long applicationId, java.util.SortedMap<Integer, BigDecimal> amountPerYear,
                                             LocalDate dueOn) {
        Grant grant = grantOfOwnAuthority(applicationId);
        boolean validIban = grant.iban() != null && Iban.isValid(grant.iban());
        PaymentStatus status = validIban ? PaymentStatus.SCHEDULED : PaymentStatus.HELD;
        int next = jdbc.sql("select coalesce(max(position) + 1, ?) from payment_instruction where decision_id = ? and position >= ?")
                .params(FINAL_POSITION, grant.decisionId(), FINAL_POSITION).query(Integer.class).single();
        List<Long> ids = new java.util.ArrayList<>();
        for (java.util.Map.Entry<Integer, BigDecimal> part : amountPerYear.entrySet()) {
            int position = next + ids.size();
            String reference = grant.reference() + "-V" + (position - FINAL_POSITION + 1);
            long id = jdbc.sql("""
                            insert into payment_instruction (authority_id, application_id, decision_id, position, call_id, year,
                                amount, due_on, iban, account_holder, reference, status, held_reason, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(grant.authorityId(), grant.applicationId(), grant.decisionId(), position,
                            grant.callId(), part.getKey(), part.getValue(), Date.valueOf(dueOn),
                            validIban ? Iban.compact(grant.iban()) : null, grant.holder(), reference, status.name(),
                            validIban ? null : NO_IBAN_REASON, Timestamp.from(clock.instant()))
                    .query(Long.class).single();
            audit.record("PAYMENT_SCHEDULED", "PaymentInstruction", id, null,
                    status + " " + reference + " " + part.getValue().toPlainString() + " due " + dueOn,
                    "Further payment after the objection to the settlement of " + grant.reference() + " was upheld");
            ids.add(id);
        }
        return ids;
    }

    /** Whether an instruction at this position is (a year's part of) the final payment rather than an advance. */
    public static boolean isFinal(int position) {
        return position >= FINAL_POSITION;
    }

    /** The position of the (first year's) final payment among a decision's instructions; advances count from 0. */
    static final int FINAL_POSITION = 1000;

    private record Grant(long applicationId, String reference, long callId, long authorityId, long decisionId,
                         String iban, String holder, List<Decision.Advance> advances) {
    }

    /**
     * The grant decision of an application of the signed-in user's authority (review's {@link Decisions}, submission's
     * {@link ApplicationScope}), with the organisation's account as it is now ({@link Organisations}).
     */
    private Grant grantOfOwnAuthority(long applicationId) {
        long authority = currentUser.require().requireAuthority();
        Decision decision = decisions.ofApplication(applicationId).filter(Decision::isGrant)
                .orElseThrow(() -> new NotFoundException("Grant decision of application", applicationId));
        GrantApplication application = applications.inMyAuthority(applicationId);
        Payee payee = organisations.payee(application.getOrganisationId()).orElseThrow();
        return new Grant(application.getId(), application.getReference(), application.getCallId(), authority, decision.id(),
                payee.iban(), payee.holder(), decision.advances());
    }

}
