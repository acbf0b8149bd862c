package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Amounts;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.fund.CoFinancingRule;
import nl.gemeenschapsfonds.fund.FinancingFigures;
import nl.gemeenschapsfonds.payment.PaymentSchedule;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.CostLine;
import nl.gemeenschapsfonds.submission.DecisionClock;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The settlement (vaststelling, Awb 4:44–4:57). A reviewer proposes the settled amount from an accepted final report
 * (or, when no report came after a reminder with a new term, on the authority's own motion): as granted, or lower
 * with a reason per cost line; received pledges are verified on the way. A decision maker who is not the proposer
 * settles; in the same transaction the unused commitment is released to its year's budget, a final payment is
 * scheduled (settled − paid &gt; 0) or a repayment claim is made (paid &gt; settled), the application becomes SETTLED
 * and the letter with the objection clause is stored and mailed. See docs/adr/0012.
 */
@Service
public class SettlementService {

    /** A repayment claim is due six weeks after the settlement (ADR 0012). */
    static final int REPAYMENT_WEEKS = 6;

    private static final String SELECT = """
            select s.*, a.reference, a.title, o.legal_name from settlement s
            join grant_application a on a.id = s.application_id join organisation o on o.id = a.organisation_id
            """;

    private final JdbcClient jdbc;
    private final ReportApplications applications;
    private final ReportService reports;
    private final PledgeService pledges;
    private final CallCatalogue calls;
    private final BudgetLedger ledger;
    private final PaymentSchedule payments;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final nl.gemeenschapsfonds.security.Salutations salutations;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    SettlementService(JdbcClient jdbc, ReportApplications applications, ReportService reports, PledgeService pledges,
                      CallCatalogue calls, BudgetLedger ledger, PaymentSchedule payments, AuditTrail audit, Mailer mailer,
                      Translations translations, CurrentUser currentUser, Clock clock, nl.gemeenschapsfonds.security.Salutations salutations) {
        this.salutations = salutations;
        this.jdbc = jdbc;
        this.applications = applications;
        this.reports = reports;
        this.pledges = pledges;
        this.calls = calls;
        this.ledger = ledger;
        this.payments = payments;
        this.audit = audit;
        this.mailer = mailer;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private ApplicationEventPublisher events;

    /** Set apart from the constructor to keep this change small beside parallel branches (issue 16). */
    @Autowired
    void setEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The settlement screen of a grant of the staff member's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public SettlementCase settlementCase(long applicationId) {
        GrantApplication application = applicationInMyAuthority(applicationId);
        SortedMap<Integer, BigDecimal> granted = grantedPerYear(applicationId);
        if (granted.isEmpty()) {
            throw new NotFoundException("Grant", applicationId);
        }
        Optional<ObligationItem> finalReport = reports.finalReport(applicationId);
        Map<Integer, BigDecimal> spent = finalReport.filter(r -> r.status() == ReportStatus.ACCEPTED
                        || r.status() == ReportStatus.SUBMITTED).map(r -> reports.spent(r.id())).orElse(Map.of());
        PaymentSchedule.PaymentsSoFar soFar = payments.soFar(applicationId);
        Optional<SettlementItem> settlement = settlement(applicationId);
        return new SettlementCase(applicationId, application.getReference(), application.getTitle(),
                organisation(application), granted, total(granted), costLines(application, spent), soFar.paid(), soFar.open(),
                pledges.pledgesForStaff(applicationId), finalReport.orElse(null),
                settlement.filter(s -> s.status() == SettlementStatus.SETTLED).isPresent() ? null : proposable(finalReport),
                settlement.orElse(null));
    }

    /**
     * The call's co-financing rules on what actually happened, for these reductions: the costs are what the report
     * says was spent (the budget where nothing was reported) less what is not eligible, the grant is the settled
     * amount, and private co-financing counts the pledges by what actually arrived (nothing for a pledge that did not).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public List<CoFinancingRule.Result> effects(long applicationId, List<SettlementForm.Reduction> reductions) {
        GrantApplication application = applicationInMyAuthority(applicationId);
        Map<Integer, BigDecimal> spent = reports.finalReport(applicationId).map(r -> reports.spent(r.id())).orElse(Map.of());
        BigDecimal costs = BigDecimal.ZERO;
        List<CostLine> lines = application.getCostLines();
        for (int i = 0; i < lines.size(); i++) {
            costs = costs.add(spent.getOrDefault(i, lines.get(i).amount()));
        }
        BigDecimal notEligible = BigDecimal.ZERO;
        BigDecimal reduced = BigDecimal.ZERO;
        for (SettlementForm.Reduction reduction : reductions) {
            if (reduction.amount() != null && reduction.amount().signum() > 0) {
                reduced = reduced.add(reduction.amount());
                if (reduction.reason() == ReductionReason.NOT_ELIGIBLE) {
                    notEligible = notEligible.add(reduction.amount());
                }
            }
        }
        BigDecimal settled = total(grantedPerYear(applicationId)).subtract(reduced).max(BigDecimal.ZERO);
        BigDecimal received = pledges.pledgesForStaff(applicationId).stream()
                .filter(p -> p.receivedAmount() != null).map(PledgeItem::receivedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        FinancingFigures plan = application.plan().figures();
        FinancingFigures actual = new FinancingFigures(costs.subtract(notEligible).max(BigDecimal.ZERO), settled,
                plan.municipal(), received, plan.ownFunds(), plan.inKind());
        CallTerms call = calls.terms(application.getCallId());
        return call.coFinancing().check(actual);
    }

    /**
     * A reviewer proposes the settlement (or replaces their authority's open proposal). Verifies the received pledges
     * whose receipt the funder confirmed. Refused when the grant cannot be settled yet, and for reductions without a
     * reason, above their cost line or above the grant; each problem at its field.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public long propose(SettlementForm form) {
        GrantApplication application = applicationInMyAuthority(form.applicationId());
        Optional<SettlementItem> existing = settlement(form.applicationId());
        if (existing.isPresent() && (existing.get().status() == SettlementStatus.SETTLED || existing.get().version() != form.version())) {
            throw new ConcurrentEditException("Settlement of " + application.getReference());
        }
        SettlementKind kind = proposable(reports.finalReport(form.applicationId()));
        if (kind == null) {
            throw new InvalidInputException("settlement", "settlement.validation.notReady");
        }
        BigDecimal granted = total(grantedPerYear(form.applicationId()));
        List<Problem> problems = new ArrayList<>();
        List<CostLine> lines = application.getCostLines();
        BigDecimal reduced = BigDecimal.ZERO;
        List<SettlementForm.Reduction> kept = new ArrayList<>();
        for (SettlementForm.Reduction reduction : form.reductions()) {
            if (reduction.amount() == null || reduction.amount().signum() == 0) {
                continue;
            }
            String field = "reduction-" + reduction.position();
            if (reduction.position() < 0 || reduction.position() >= lines.size()) {
                throw new NotFoundException("Cost line", reduction.position());
            }
            if (reduction.amount().signum() < 0) {
                problems.add(new Problem(field, "validation.notNegative"));
            } else if (!Amounts.storable(reduction.amount())) {
                problems.add(new Problem(field, "validation.amount"));
            } else if (reduction.amount().compareTo(lines.get(reduction.position()).amount()) > 0) {
                problems.add(new Problem(field, "settlement.validation.aboveLine"));
            }
            if (reduction.reason() == null) {
                problems.add(new Problem("reason-" + reduction.position(), "settlement.validation.reasonRequired"));
            }
            if (reduction.note() != null && reduction.note().length() > 2000) {
                problems.add(new Problem("note-" + reduction.position(), "validation.tooLong", 2000));
            }
            reduced = reduced.add(reduction.amount().setScale(2, RoundingMode.HALF_UP));
            kept.add(reduction);
        }
        if (reduced.compareTo(granted) > 0) {
            problems.add(new Problem("settled", "settlement.validation.aboveGrant"));
        }
        String motivation = form.motivation() == null ? "" : form.motivation().trim();
        if (motivation.isEmpty() && (reduced.signum() > 0 || kind == SettlementKind.OWN_MOTION)) {
            problems.add(new Problem("motivation", "settlement.validation.motivationRequired"));
        } else if (motivation.length() > ReportService.MAX_TEXT) {
            problems.add(new Problem("motivation", "validation.tooLong", ReportService.MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal settled = granted.subtract(reduced);
        long authority = currentUser.require().requireAuthority();
        // replaces the proposal read above, and only that one: a second reviewer at the same moment finds it gone
        // (version) or meets the unique settlement of the application, and is told to reload
        if (existing.isPresent() && jdbc.sql("delete from settlement where id = ? and status = 'PROPOSED' and version = ?")
                .params(existing.get().id(), existing.get().version()).update() != 1) {
            throw new ConcurrentEditException("Settlement of " + application.getReference());
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into settlement (application_id, authority_id, kind, status, granted, settled, motivation,
                                proposed_by, proposed_at, version)
                            values (?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?, ?) returning id""")
                    .params(form.applicationId(), authority, kind.name(), granted, settled, motivation.isEmpty() ? null : motivation,
                            currentUser.actorName(), Timestamp.from(clock.instant()), existing.map(s -> s.version() + 1).orElse(0L))
                    .query(Long.class).single();
        } catch (org.springframework.dao.DuplicateKeyException proposedMeanwhile) {
            throw new ConcurrentEditException("Settlement of " + application.getReference());
        }
        for (SettlementForm.Reduction reduction : kept) {
            jdbc.sql("insert into settlement_reduction (settlement_id, position, amount, reason, note) values (?, ?, ?, ?, ?)")
                    .params(id, reduction.position(), reduction.amount().setScale(2, RoundingMode.HALF_UP), reduction.reason().name(),
                            reduction.note() == null || reduction.note().isBlank() ? null : reduction.note().trim())
                    .update();
        }
        for (PledgeItem pledge : pledges.pledgesForStaff(form.applicationId())) {
            if (pledge.status() == PledgeStatus.RECEIVED && pledge.receiptConfirmedByFunderAt() != null) {
                pledges.verify(pledge.id(), pledge.version());
            }
        }
        audit.record("SETTLEMENT_PROPOSED", "Application", form.applicationId(), null,
                kind + " settled " + settled.toPlainString() + " of " + granted.toPlainString(), motivation);
        return id;
    }

    /**
     * A decision maker who did not propose it settles. Refused while payments of the grant are still on their way
     * (finance pays or cancels them first). Releases, schedules the final payment or makes the repayment claim,
     * settles the application, and stores and mails the letter, all in one transaction.
     */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void decide(long settlementId, long version) {
        SettlementItem settlement = settlementInMyAuthority(settlementId);
        if (settlement.version() != version || settlement.status() != SettlementStatus.PROPOSED) {
            throw new ConcurrentEditException("Settlement " + settlementId);
        }
        String me = currentUser.actorName();
        if (me.equals(settlement.proposedBy())) {
            throw new InvalidInputException("settlement", "settlement.validation.fourEyes");
        }
        // Claim the proposal first: a second decision maker at the same moment waits for this row and then finds it changed.
        if (jdbc.sql("update settlement set version = version + 1 where id = ? and version = ? and status = 'PROPOSED'")
                .params(settlementId, version).update() != 1) {
            throw new ConcurrentEditException("Settlement " + settlementId);
        }
        GrantApplication application = applicationInMyAuthority(settlement.applicationId());
        PaymentSchedule.PaymentsSoFar soFar = payments.soFar(application.getId());
        if (soFar.open().signum() > 0) {
            throw new InvalidInputException("settlement", "settlement.validation.openPayments", soFar.open());
        }
        LocalDate today = today();
        SortedMap<Integer, BigDecimal> granted = grantedPerYear(application.getId());
        SortedMap<Integer, BigDecimal> settledPerYear = settledPerYear(granted, reductionsPerYear(application, settlement.reductions()));
        SortedMap<Integer, BigDecimal> release = new TreeMap<>();
        granted.forEach((year, amount) -> {
            BigDecimal unused = amount.subtract(settledPerYear.get(year));
            if (unused.signum() > 0) {
                release.put(year, unused);
            }
        });
        if (!release.isEmpty()) {
            ledger.release(application.getCallId(), application.getId(), release, "Settlement " + application.getReference());
        }
        BigDecimal paid = soFar.paid();
        BigDecimal difference = settlement.settled().subtract(paid);
        BigDecimal finalPayment = null;
        SettlementItem.RepaymentClaim claim = null;
        if (difference.signum() > 0) {
            finalPayment = difference;
            payments.scheduleFinal(application.getId(), granted.lastKey(), finalPayment, today);
        } else if (difference.signum() < 0) {
            LocalDate due = today.plusWeeks(REPAYMENT_WEEKS);
            long claimId = jdbc.sql("""
                            insert into repayment_claim (settlement_id, application_id, authority_id, amount, due_on, status)
                            values (?, ?, ?, ?, ?, 'OPEN') returning id""")
                    .params(settlementId, application.getId(), currentUser.require().requireAuthority(), difference.negate(),
                            Date.valueOf(due))
                    .query(Long.class).single();
            claim = new SettlementItem.RepaymentClaim(claimId, 0, difference.negate(), due, false, null);
            audit.record("REPAYMENT_CLAIM", "Application", application.getId(), null,
                    difference.negate().toPlainString() + " due " + due, "Settlement " + application.getReference());
        }
        application.settle(clock.instant());
        applications.save(application);
        CallTerms call = calls.terms(application.getCallId());
        LocalDate objectionDeadline = DecisionClock.objectionDeadline(today, call.objectionWeeks());
        Locale language = Locale.of(application.getApplicantLocale() == null ? "nl" : application.getApplicantLocale());
        BigDecimal releasedTotal = total(release);
        byte[] letter = SettlementLetter.render(new SettlementLetter.Data(call.authorityName(), application.getReference(),
                application.getTitle(), settlement.organisation(), today, settlement.kind(), settlement.granted(),
                settlement.settled(), reductionLines(application, settlement.reductions()), paid, finalPayment, claim,
                settlement.motivation(), objectionDeadline, call.title(language)), language, translations);
        jdbc.sql("""
                        update settlement set status = 'SETTLED', decided_by = ?, decided_at = ?, decision_date = ?, paid_before = ?,
                            final_payment = ?, released = ?, objection_deadline = ?, letter_language = ?, letter_pdf = ?,
                            version = version + 1
                        where id = ?""")
                .params(me, Timestamp.from(clock.instant()), Date.valueOf(today), paid, finalPayment,
                        releasedTotal.signum() > 0 ? releasedTotal : null, Date.valueOf(objectionDeadline), language.getLanguage(),
                        letter, settlementId)
                .update();
        events.publishEvent(new GrantSettled(application.getId(), settlement.settled(), today));
        audit.record("SETTLEMENT_DECIDED", "Application", application.getId(), "PROPOSED",
                "SETTLED " + settlement.settled().toPlainString() + " of " + settlement.granted().toPlainString()
                        + "; released " + release + "; paid " + paid.toPlainString()
                        + (finalPayment != null ? "; final payment " + finalPayment.toPlainString() : "")
                        + (claim != null ? "; repayment claim " + claim.amount().toPlainString() : ""),
                settlement.motivation());
        if (application.getSubmittedBy() != null) {
            mailer.send(new Mail(application.getSubmittedBy(),
                    translations.get(language, "settlement.mail.subject", application.getReference()),
                    salutations.greet(application.getSubmittedBy(), language, translations.get(language, "settlement.mail.text",
                            application.getReference(), application.getTitle(),
                            Formats.money(settlement.settled(), language), Formats.date(objectionDeadline, language))),
                    List.of(new Mail.Attachment(letterFileName(application.getReference(), language), "application/pdf", letter))));
        }
    }

    /** Finance records that a repayment claim was paid: a repay movement in the ledger per year that was paid. */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void recordRepayment(long claimId, long version, LocalDate receivedOn) {
        long authority = currentUser.require().requireAuthority();
        record Claim(long applicationId, BigDecimal amount, String status, long version) {
        }
        Claim claim = jdbc.sql("select application_id, amount, status, version from repayment_claim where id = ? and authority_id = ?")
                .params(claimId, authority)
                .query((rs, row) -> new Claim(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3), rs.getLong(4)))
                .optional().orElseThrow(() -> new NotFoundException("Repayment claim", claimId));
        if (claim.version() != version || !"OPEN".equals(claim.status())) {
            throw new ConcurrentEditException("Repayment claim " + claimId);
        }
        if (receivedOn == null || receivedOn.isAfter(today())) {
            throw new InvalidInputException("repaidOn", receivedOn == null ? "settlement.validation.repaidOnRequired"
                    : "settlement.validation.repaidOnFuture");
        }
        if (jdbc.sql("""
                        update repayment_claim set status = 'RECEIVED', received_on = ?, received_by = ?, received_at = ?,
                            version = version + 1 where id = ? and version = ? and status = 'OPEN'""")
                .params(Date.valueOf(receivedOn), currentUser.actorName(), Timestamp.from(clock.instant()), claimId, version)
                .update() != 1) {
            throw new ConcurrentEditException("Repayment claim " + claimId);
        }
        GrantApplication application = applicationInMyAuthority(claim.applicationId());
        // Repaid money goes back against the years that were paid, the latest first.
        SortedMap<Integer, BigDecimal> paid = payments.soFar(claim.applicationId()).paidPerYear();
        BigDecimal left = claim.amount();
        for (Integer year : new ArrayList<>(paid.keySet()).reversed()) {
            BigDecimal part = left.min(paid.get(year));
            if (part.signum() > 0) {
                ledger.repay(application.getCallId(), application.getId(), year, part, "Repayment " + application.getReference());
                left = left.subtract(part);
            }
        }
        audit.record("REPAYMENT_RECEIVED", "Application", claim.applicationId(), "OPEN",
                "RECEIVED " + claim.amount().toPlainString() + " on " + receivedOn, null);
    }

    /** The settlements of the staff member's authority: proposed ones first, then settled with an open claim, then the rest. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public List<SettlementItem> settlements() {
        return jdbc.sql(SELECT + " where s.authority_id = ? order by s.status, s.id desc limit 500")
                .param(currentUser.require().requireAuthority()).query(this::row).list();
    }

    /** The settlement letter of a grant of the staff member's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public Optional<byte[]> letter(long applicationId) {
        applicationInMyAuthority(applicationId);
        return jdbc.sql("select letter_pdf from settlement where application_id = ? and letter_pdf is not null")
                .param(applicationId).query((rs, row) -> rs.getBytes(1)).optional();
    }

    /** The decided settlement of an application of the signed-in applicant's organisation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<ApplicantSettlement> mySettlement(long applicationId) {
        return jdbc.sql("""
                        select s.kind, s.granted, s.settled, s.decision_date, s.final_payment, s.objection_deadline, s.letter_pdf,
                               s.letter_language, a.reference, c.amount as claim, c.due_on as claim_due
                        from settlement s join grant_application a on a.id = s.application_id
                        left join repayment_claim c on c.settlement_id = s.id
                        where s.application_id = ? and a.organisation_id = ? and s.status = 'SETTLED'""")
                .params(applicationId, currentUser.require().requireOrganisation())
                .query((rs, row) -> new ApplicantSettlement(SettlementKind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("granted"), rs.getBigDecimal("settled"), rs.getDate("decision_date").toLocalDate(),
                        rs.getBigDecimal("final_payment"), rs.getBigDecimal("claim"),
                        rs.getDate("claim_due") == null ? null : rs.getDate("claim_due").toLocalDate(),
                        rs.getDate("objection_deadline") == null ? null : rs.getDate("objection_deadline").toLocalDate(),
                        rs.getBytes("letter_pdf"),
                        letterFileName(rs.getString("reference"), Locale.of(rs.getString("letter_language") == null ? "nl"
                                : rs.getString("letter_language")))))
                .optional();
    }

    public static String letterFileName(String reference, Locale language) {
        return ("en".equals(language.getLanguage()) ? "settlement-" : "vaststelling-") + reference + ".pdf";
    }

    /**
     * A small grant settled at once with the decision (the call's "settle at once up to"): settled as granted, no
     * report; what the advances do not pay is scheduled as the final payment. In the decision maker's transaction.
     */
    void settleAtOnce(long applicationId, long authorityId, long decisionId, BigDecimal granted) {
        LocalDate today = today();
        BigDecimal advances = jdbc.sql("select coalesce(sum(amount), 0) from advance_payment where decision_id = ?")
                .param(decisionId).query(BigDecimal.class).single();
        BigDecimal rest = granted.subtract(advances);
        GrantApplication application = applications.findById(applicationId).orElseThrow();
        if (rest.signum() > 0) {
            payments.scheduleFinal(applicationId, grantedPerYear(applicationId).lastKey(), rest, today);
        }
        jdbc.sql("""
                        insert into settlement (application_id, authority_id, kind, status, granted, settled, decided_by, decided_at,
                            decision_date, paid_before, final_payment)
                        values (?, ?, 'AT_ONCE', 'SETTLED', ?, ?, ?, ?, ?, 0, ?)""")
                .params(applicationId, authorityId, granted, granted, currentUser.actorName(), Timestamp.from(clock.instant()),
                        Date.valueOf(today), rest.signum() > 0 ? rest : null)
                .update();
        application.settle(clock.instant());
        applications.save(application);
        events.publishEvent(new GrantSettled(applicationId, granted, today));
        audit.record("SETTLEMENT_AT_ONCE", "Application", applicationId, null, "SETTLED " + granted.toPlainString(),
                "Settled at once with the decision (small grant)");
    }

    // ---- helpers ----

    /** REPORT once the final report is accepted; OWN_MOTION once a late final report's new term has passed too. */
    private SettlementKind proposable(Optional<ObligationItem> finalReport) {
        if (finalReport.isEmpty()) {
            return null;
        }
        ObligationItem report = finalReport.get();
        if (report.status() == ReportStatus.ACCEPTED) {
            return SettlementKind.REPORT;
        }
        if (report.status().editable() && report.lateTermDueOn() != null && report.lateTermDueOn().isBefore(today())) {
            return SettlementKind.OWN_MOTION;
        }
        return null;
    }

    /**
     * Each year keeps its grant less the reductions of that year's cost lines; what a year cannot absorb comes off
     * the other years, the latest first.
     */
    static SortedMap<Integer, BigDecimal> settledPerYear(SortedMap<Integer, BigDecimal> granted, Map<Integer, BigDecimal> reductions) {
        SortedMap<Integer, BigDecimal> settled = new TreeMap<>(granted);
        BigDecimal overflow = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> reduction : reductions.entrySet()) {
            BigDecimal available = settled.getOrDefault(reduction.getKey(), BigDecimal.ZERO);
            BigDecimal taken = available.min(reduction.getValue());
            if (settled.containsKey(reduction.getKey())) {
                settled.put(reduction.getKey(), available.subtract(taken));
            }
            overflow = overflow.add(reduction.getValue().subtract(taken));
        }
        for (Integer year : new ArrayList<>(settled.keySet()).reversed()) {
            BigDecimal taken = settled.get(year).min(overflow);
            settled.put(year, settled.get(year).subtract(taken));
            overflow = overflow.subtract(taken);
        }
        return settled;
    }

    private static Map<Integer, BigDecimal> reductionsPerYear(GrantApplication application, List<SettlementForm.Reduction> reductions) {
        Map<Integer, BigDecimal> perYear = new TreeMap<>();
        for (SettlementForm.Reduction reduction : reductions) {
            perYear.merge(application.getCostLines().get(reduction.position()).year(), reduction.amount(), BigDecimal::add);
        }
        return perYear;
    }

    private static List<SettlementLetter.Line> reductionLines(GrantApplication application, List<SettlementForm.Reduction> reductions) {
        return reductions.stream().map(r -> {
            CostLine line = application.getCostLines().get(r.position());
            return new SettlementLetter.Line(line.category(), line.year(), line.description(), line.amount(), r.amount(),
                    r.reason(), r.note());
        }).toList();
    }

    private List<CostLineItem> costLines(GrantApplication application, Map<Integer, BigDecimal> spent) {
        List<CostLineItem> items = new ArrayList<>();
        List<CostLine> lines = application.getCostLines();
        for (int i = 0; i < lines.size(); i++) {
            CostLine line = lines.get(i);
            items.add(new CostLineItem(i, line.category(), line.year(), line.description(), line.amount(), spent.get(i)));
        }
        return items;
    }

    private SortedMap<Integer, BigDecimal> grantedPerYear(long applicationId) {
        SortedMap<Integer, BigDecimal> granted = new TreeMap<>();
        jdbc.sql("""
                        select m.year, m.amount from decision d join decision_amount m on m.decision_id = d.id
                        where d.application_id = ? and d.kind <> 'REFUSE' order by m.year""")
                .param(applicationId).query((rs, row) -> granted.put(rs.getInt(1), rs.getBigDecimal(2))).list();
        return granted;
    }

    private Optional<SettlementItem> settlement(long applicationId) {
        return jdbc.sql(SELECT + " where s.application_id = ?").param(applicationId).query(this::row).optional();
    }

    private SettlementItem settlementInMyAuthority(long settlementId) {
        return jdbc.sql(SELECT + " where s.id = ? and s.authority_id = ?")
                .params(settlementId, currentUser.require().requireAuthority()).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("Settlement", settlementId));
    }

    private GrantApplication applicationInMyAuthority(long applicationId) {
        return applications.findInAuthority(applicationId, currentUser.require().requireAuthority())
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
    }

    private String organisation(GrantApplication application) {
        return jdbc.sql("select legal_name from organisation where id = ?").param(application.getOrganisationId())
                .query(String.class).single();
    }

    private SettlementItem row(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<SettlementForm.Reduction> reductions = jdbc.sql(
                        "select position, amount, reason, note from settlement_reduction where settlement_id = ? order by position")
                .param(id)
                .query((r, n) -> new SettlementForm.Reduction(r.getInt("position"), r.getBigDecimal("amount"),
                        ReductionReason.valueOf(r.getString("reason")), r.getString("note")))
                .list();
        SettlementItem.RepaymentClaim claim = jdbc.sql(
                        "select id, version, amount, due_on, status, received_on from repayment_claim where settlement_id = ?")
                .param(id)
                .query((r, n) -> new SettlementItem.RepaymentClaim(r.getLong("id"), r.getLong("version"), r.getBigDecimal("amount"),
                        r.getDate("due_on").toLocalDate(), "RECEIVED".equals(r.getString("status")),
                        r.getDate("received_on") == null ? null : r.getDate("received_on").toLocalDate()))
                .optional().orElse(null);
        return new SettlementItem(id, rs.getLong("version"), rs.getLong("application_id"), rs.getString("reference"),
                rs.getString("title"), rs.getString("legal_name"), SettlementKind.valueOf(rs.getString("kind")),
                SettlementStatus.valueOf(rs.getString("status")), rs.getBigDecimal("granted"), rs.getBigDecimal("settled"),
                rs.getString("motivation"), rs.getString("proposed_by"), rs.getString("decided_by"),
                rs.getDate("decision_date") == null ? null : rs.getDate("decision_date").toLocalDate(),
                rs.getBigDecimal("final_payment"), rs.getBigDecimal("released"), reductions, claim);
    }

    private static BigDecimal total(Map<Integer, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
