package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.fund.CallTerms;
import nl.gemeenschapsfonds.fund.CoFinancingRule;
import nl.gemeenschapsfonds.fund.FinancingFigures;
import nl.gemeenschapsfonds.payment.PaymentSchedule;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.CostLine;
import nl.gemeenschapsfonds.review.ObjectionDeadlinePolicy;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
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
 * scheduled per year (settled − paid &gt; 0) or a repayment claim is made (paid &gt; settled), as
 * {@link SettlementPolicy} says, the application becomes SETTLED, and — reacting to {@link SettlementDecided} — the
 * letter with the objection clause is stored and mailed ({@link SettlementLetters}) and the audit trail written
 * ({@link SettlementAudit}). See docs/adr/0012.
 */
@Service
public class SettlementService {

    private final SettlementRecords records;
    private final GrantFacts grants;
    private final ReportService reports;
    private final SettlementBookings bookings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SettlementService(SettlementRecords records, GrantFacts grants, ReportService reports, SettlementBookings bookings,
                      CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.records = records;
        this.grants = grants;
        this.reports = reports;
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The settlement screen of a grant of the staff member's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public SettlementCase settlementCase(long applicationId) {
        GrantApplication application = grants.applicationInMyAuthority(applicationId);
        SortedMap<Integer, BigDecimal> granted = grants.grantedPerYear(applicationId);
        if (granted.isEmpty()) {
            throw new NotFoundException("Grant", applicationId);
        }
        Optional<ObligationItem> finalReport = reports.finalReport(applicationId);
        // what the report says was spent, also when more was asked and never came (settling on own motion uses it)
        Map<Integer, BigDecimal> spent = finalReport.filter(r -> r.submittedAt() != null).map(r -> reports.spent(r.id()))
                .orElse(Map.of());
        PaymentSchedule.PaymentsSoFar soFar = grants.paidSoFar(applicationId);
        Optional<SettlementItem> settlement = records.ofApplication(applicationId);
        List<CostLineItem> lines = costLines(application, spent);
        SettlementKind proposable = settlement.filter(s -> s.status() == SettlementStatus.SETTLED).isPresent() ? null
                : proposable(finalReport);
        List<SettlementForm.Reduction> supported = proposable == SettlementKind.OWN_MOTION && !spent.isEmpty()
                ? SettlementPolicy.supportedReductions(lines, SettlementPolicy.total(granted)) : List.of();
        return new SettlementCase(applicationId, application.getReference(), application.getTitle(),
                grants.organisationName(application), granted, SettlementPolicy.total(granted), lines,
                soFar.paid(), soFar.open(), grants.pledges(applicationId), finalReport.orElse(null), proposable,
                settlement.orElse(null), supported);
    }

    /**
     * The call's co-financing rules on what actually happened, for these reductions: the costs are what the report
     * says was spent (the budget where nothing was reported) less what is not eligible, the grant is the settled
     * amount, and private co-financing counts the pledges by what actually arrived (nothing for a pledge that did not).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public List<CoFinancingRule.Result> effects(long applicationId, List<SettlementForm.Reduction> reductions) {
        GrantApplication application = grants.applicationInMyAuthority(applicationId);
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
        BigDecimal settled = SettlementPolicy.total(grants.grantedPerYear(applicationId)).subtract(reduced).max(BigDecimal.ZERO);
        BigDecimal received = grants.pledges(applicationId).stream()
                .filter(p -> p.receivedAmount() != null).map(PledgeItem::receivedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        FinancingFigures plan = application.plan().figures();
        FinancingFigures actual = new FinancingFigures(costs.subtract(notEligible).max(BigDecimal.ZERO), settled,
                plan.municipal(), received, plan.ownFunds(), plan.inKind());
        return grants.call(application.getCallId()).coFinancing().check(actual);
    }

    /**
     * A reviewer proposes the settlement (or replaces their authority's open proposal). Verifies the received pledges
     * whose receipt the funder confirmed. Refused when the grant cannot be settled yet, and for reductions without a
     * reason, above their cost line or above the grant; each problem at its field ({@link SettlementPolicy}).
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public long propose(SettlementForm form) {
        GrantApplication application = grants.applicationInMyAuthority(form.applicationId());
        Optional<SettlementItem> existing = records.ofApplication(form.applicationId());
        if (existing.isPresent() && (existing.get().status() == SettlementStatus.SETTLED || existing.get().version() != form.version())) {
            throw new ConcurrentEditException("Settlement of " + application.getReference());
        }
        SettlementKind kind = proposable(reports.finalReport(form.applicationId()));
        if (kind == null) {
            throw new InvalidInputException("settlement", "settlement.validation.notReady");
        }
        BigDecimal granted = SettlementPolicy.total(grants.grantedPerYear(form.applicationId()));
        List<SettlementForm.Reduction> kept = form.reductions().stream()
                .filter(r -> r.amount() != null && r.amount().signum() != 0).toList();
        List<Problem> problems = SettlementPolicy.proposalProblems(kept,
                application.getCostLines().stream().map(CostLine::amount).toList(), granted, form.motivation(),
                kind == SettlementKind.OWN_MOTION, ReportService.MAX_TEXT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal settled = granted.subtract(SettlementPolicy.reduced(kept));
        String motivation = form.motivation() == null ? "" : form.motivation().trim();
        // replaces the proposal read above, and only that one: a second reviewer at the same moment finds it gone
        // (version) or meets the unique settlement of the application, and is told to reload
        if (existing.isPresent() && !records.deleteProposal(existing.get())) {
            throw new ConcurrentEditException("Settlement of " + application.getReference());
        }
        long id = records.insertProposal(form.applicationId(), currentUser.require().requireAuthority(), kind, granted, settled,
                        motivation, currentUser.actorName(), clock.instant(), existing.map(s -> s.version() + 1).orElse(0L), kept)
                .orElseThrow(() -> new ConcurrentEditException("Settlement of " + application.getReference()));
        for (PledgeItem pledge : grants.pledges(form.applicationId())) {
            if (pledge.status() == PledgeStatus.RECEIVED && pledge.receiptConfirmedByFunderAt() != null) {
                grants.verifyPledge(pledge);
            }
        }
        events.publishEvent(new SettlementProposed(id, form.applicationId(), kind, granted, settled, motivation));
        return id;
    }

    /**
     * A decision maker who did not propose it settles. Advances not paid yet are cancelled (finance is told); only a
     * payment already exported to the bank refuses it until its statement is booked. Releases, schedules the final
     * payment per year or makes the repayment claim from what was paid, settles the application, and stores and mails
     * the letter, all in one transaction.
     */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void decide(long settlementId, long version) {
        long authority = currentUser.require().requireAuthority();
        SettlementItem settlement = records.inAuthority(settlementId, authority)
                .orElseThrow(() -> new NotFoundException("Settlement", settlementId));
        if (settlement.version() != version || settlement.status() != SettlementStatus.PROPOSED) {
            throw new ConcurrentEditException("Settlement " + settlementId);
        }
        String me = currentUser.actorName();
        SettlementPolicy.requireSettlerIsNotProposer(settlement.proposedBy(), me);
        if (!records.claimProposal(settlementId, version)) {
            throw new ConcurrentEditException("Settlement " + settlementId);
        }
        GrantApplication application = grants.applicationInMyAuthority(settlement.applicationId());
        // the settlement nets what is still open: advances not paid yet are cancelled, what was paid counts (ADR 0029)
        BigDecimal cancelled = bookings.cancelUnpaidAdvances(application);
        PaymentSchedule.PaymentsSoFar soFar = grants.paidSoFar(application.getId());
        LocalDate today = today();
        SettlementPolicy.Outcome outcome = outcome(application, settlement, soFar);
        bookings.book(application, outcome, today);
        SettlementItem.RepaymentClaim claim = null;
        if (outcome.repayment().signum() > 0) {
            LocalDate due = SettlementPolicy.repaymentDue(today);
            long claimId = records.insertClaim(settlementId, application.getId(), authority, outcome.repayment(), due);
            claim = new SettlementItem.RepaymentClaim(claimId, 0, outcome.repayment(), due, false, null);
        }
        grants.settle(application.getId());
        CallTerms call = grants.call(application.getCallId());
        // a settlement is a decision (Awb 4:46): its own objection term, from the day after it is sent
        LocalDate objectionDeadline = new ObjectionDeadlinePolicy(call.objectionWeeks()).deadline(today);
        Locale language = Locale.of(application.getApplicantLocale() == null ? "nl" : application.getApplicantLocale());
        BigDecimal finalPayment = outcome.finalPayment().signum() > 0 ? outcome.finalPayment() : null;
        records.markSettled(settlementId, me, clock.instant(), today, soFar.paid(), finalPayment, outcome.released(),
                objectionDeadline, language);
        events.publishEvent(new SettlementDecided(settlementId, application.getId(), today, outcome.releasePerYear(), soFar.paid(),
                finalPayment, claim, objectionDeadline, cancelled.signum() > 0 ? cancelled : null, outcome, soFar.paidPerYear()));
        events.publishEvent(new GrantSettled(application.getId(), settlement.settled(), today));
    }

    /** Finance records that a repayment claim was paid: a repay movement in the ledger per year that was paid too much. */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void recordRepayment(long claimId, long version, LocalDate receivedOn) {
        SettlementRecords.Claim claim = records.claim(claimId, currentUser.require().requireAuthority())
                .orElseThrow(() -> new NotFoundException("Repayment claim", claimId));
        if (claim.version() != version || !claim.open()) {
            throw new ConcurrentEditException("Repayment claim " + claimId);
        }
        if (receivedOn == null || receivedOn.isAfter(today())) {
            throw new InvalidInputException("repaidOn", receivedOn == null ? "settlement.validation.repaidOnRequired"
                    : "settlement.validation.repaidOnFuture");
        }
        if (!records.markClaimReceived(claimId, version, receivedOn, currentUser.actorName(), clock.instant())) {
            throw new ConcurrentEditException("Repayment claim " + claimId);
        }
        GrantApplication application = grants.applicationInMyAuthority(claim.applicationId());
        SettlementItem settlement = records.ofApplication(claim.applicationId()).orElseThrow();
        bookings.repaid(application, settlement.id(),
                () -> outcome(application, settlement, grants.paidSoFar(claim.applicationId())).repaymentPerYear());
        events.publishEvent(new RepaymentReceived(claimId, claim.applicationId(), claim.amount(), receivedOn));
    }

    /** The settlements of the staff member's authority: proposed ones first, then settled with an open claim, then the rest. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public List<SettlementItem> settlements() {
        return records.ofAuthority(currentUser.require().requireAuthority());
    }

    /** The settlement letter of a grant of the staff member's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public Optional<byte[]> letter(long applicationId) {
        grants.applicationInMyAuthority(applicationId);
        return records.letter(applicationId);
    }

    /** The decided settlement of an application of the signed-in applicant's organisation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<ApplicantSettlement> mySettlement(long applicationId) {
        return records.settledFor(applicationId, currentUser.require().requireOrganisation());
    }

    public static String letterFileName(String reference, Locale language) {
        return ("en".equals(language.getLanguage()) ? "settlement-" : "vaststelling-") + reference + ".pdf";
    }

    // ---- helpers ----

    /** What settling does per year: the reductions by their cost line's year, against what was granted and paid. */
    private SettlementPolicy.Outcome outcome(GrantApplication application, SettlementItem settlement,
                                             PaymentSchedule.PaymentsSoFar soFar) {
        Map<Integer, BigDecimal> reductions = new TreeMap<>();
        for (SettlementForm.Reduction reduction : settlement.reductions()) {
            reductions.merge(application.getCostLines().get(reduction.position()).year(), reduction.amount(), BigDecimal::add);
        }
        return SettlementPolicy.settle(grants.grantedPerYear(application.getId()), reductions, soFar.paidPerYear());
    }

    /** How a reviewer may settle now ({@link SettlementPolicy#proposable}). */
    private SettlementKind proposable(Optional<ObligationItem> finalReport) {
        return SettlementPolicy.proposable(finalReport.orElse(null), today());
    }

    private static List<CostLineItem> costLines(GrantApplication application, Map<Integer, BigDecimal> spent) {
        List<CostLineItem> items = new ArrayList<>();
        List<CostLine> lines = application.getCostLines();
        for (int i = 0; i < lines.size(); i++) {
            CostLine line = lines.get(i);
            items.add(new CostLineItem(i, line.category(), line.year(), line.description(), line.amount(), spent.get(i)));
        }
        return items;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
