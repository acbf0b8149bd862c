package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.BudgetRefusal;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Objection (bezwaar, Awb chapter 6 and 7) against the decision on an application. The applicant
 * objects through the portal, or a reviewer registers an objection that came by post; it is late
 * when received after the objection deadline stored with the decision ({@link ObjectionDeadlinePolicy}).
 * A decision maker decides on it within six weeks of receipt: rejected, upheld or partly upheld
 * ({@link ObjectionDecisionPolicy}). When the grant changes, the difference per year goes through the budget ledger in
 * the same transaction: an increase is committed, a decrease released, and when the ledger refuses nothing changes at
 * all. The audit entries and the mails to the applicant follow from {@link ObjectionRegistered} and
 * {@link ObjectionDecided}.
 *
 * <p>An upheld objection against a refusal needs a new decision, which the application's workflow
 * cannot take yet (it has no way back from REFUSED): amounts can only change on a grant.</p>
 */
@Service
public class ObjectionService {

    private final ReviewAccess access;
    private final ObjectionStore store;
    private final BudgetLedger ledger;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SettledGrants settlements;

    ObjectionService(ReviewAccess access, ObjectionStore store, BudgetLedger ledger, CurrentUser currentUser,
                     ApplicationEventPublisher events, Clock clock, SettledGrants settlements) {
        this.settlements = settlements;
        this.access = access;
        this.store = store;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The applicant objects, today, to the decision on their own organisation's application. An
     * application of another organisation, or one without a decision, is not found.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Objection object(long applicationId, String grounds) {
        return object(applicationId, grounds, ObjectionSubject.DECISION);
    }

    /**
     * The applicant objects, today, to the decision or to the settlement (a decision of its own, Awb 4:46; ADR 0029) of
     * their own organisation's application. Another organisation's application, or one without that decision, is not
     * found.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Objection object(long applicationId, String grounds, ObjectionSubject subject) {
        GrantApplication application = access.ownedByMe(applicationId).orElseThrow(() -> new NotFoundException("Application", applicationId));
        Decision decision = store.lockDecision(applicationId).orElseThrow(() -> new NotFoundException("Decision", applicationId));
        DecidedOn decided = decidedOn(decision, subject).orElseThrow(() -> new NotFoundException("Settlement", applicationId));
        return register(application, decided, today(), grounds, subject);
    }

    /**
     * A reviewer registers an objection that reached the authority otherwise (by post), with the
     * date it was received: not in the future and not before the decision.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public Objection register(long applicationId, LocalDate receivedOn, String grounds) {
        return register(applicationId, receivedOn, grounds, ObjectionSubject.DECISION);
    }

    /** As {@link #register(long, LocalDate, String)}, against the decision or against the settlement. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public Objection register(long applicationId, LocalDate receivedOn, String grounds, ObjectionSubject subject) {
        GrantApplication application = access.inMyAuthority(applicationId);
        DecidedOn decided = store.lockDecision(applicationId).flatMap(decision -> decidedOn(decision, subject))
                .orElseThrow(() -> new InvalidInputException("objection", "objection.noDecision"));
        return register(application, decided, receivedOn, grounds, subject);
    }

    /**
     * Decides on the objection against the application's decision. With new amounts (only when
     * upheld or partly upheld, and only on a grant) the grant changes through the ledger; a refusal
     * of the ledger comes back as {@link InvalidInputException} on {@code newAmounts}, and nothing
     * is stored.
     */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public Objection decide(ObjectionDecisionForm form) {
        if (form.subject() == ObjectionSubject.SETTLEMENT) {
            return decideOnSettlement(form);
        }
        GrantApplication application = access.inMyAuthority(form.applicationId());
        long applicationId = application.getId();
        Decision decision = store.lockDecision(applicationId).orElseThrow(() -> new NotFoundException("Objection", applicationId));
        Objection objection = store.objectionOf(applicationId).orElseThrow(() -> new NotFoundException("Objection", applicationId));
        if (objection.decided()) {
            throw new InvalidInputException("outcome", "objection.alreadyDecided");
        }
        ObjectionDecisionPolicy policy = new ObjectionDecisionPolicy(decision.outcome(), application.plan().grantPerYear(),
                decision.advancesPerYear());
        SortedMap<Integer, BigDecimal> before = decision.grantedPerYear();
        SortedMap<Integer, BigDecimal> after = money(form.newAmounts());
        List<Problem> problems = policy.problems(form, after);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean amountsChange = !after.isEmpty() && !withoutZeros(after).equals(before);
        if (amountsChange) {
            changeGrant(application, before, after);
            store.replaceAmounts(decision.id(), withoutZeros(after), policy.kindOf(after));
        }
        store.decide(objection.id(), form.outcome(), form.motivation().trim(), clock.instant());
        events.publishEvent(new ObjectionDecided(applicationId, application.getReference(), form.outcome(),
                form.motivation().trim(), before, amountsChange ? withoutZeros(after) : new TreeMap<>(),
                application.getSubmittedBy(), Locale.of(application.getApplicantLocale()), ObjectionSubject.DECISION));
        return store.objectionOf(applicationId).orElseThrow();
    }

    /**
     * Decides on the objection against the settlement (ADR 0029). With new settled amounts per year (upheld, between
     * what was settled and what was granted) the report module books what follows in this transaction
     * ({@link SettlementObjectionUpheld}: commitments back, a lower claim or a further payment, never an undo); a
     * refusal of the ledger comes back at {@code newAmounts} and nothing is stored.
     */
    private Objection decideOnSettlement(ObjectionDecisionForm form) {
        GrantApplication application = access.inMyAuthority(form.applicationId());
        long applicationId = application.getId();
        store.lockDecision(applicationId).orElseThrow(() -> new NotFoundException("Objection", applicationId));
        SettledGrants.Settled settled = settlements.settled(applicationId)
                .orElseThrow(() -> new NotFoundException("Settlement", applicationId));
        Objection objection = store.objectionOf(applicationId, ObjectionSubject.SETTLEMENT)
                .orElseThrow(() -> new NotFoundException("Objection", applicationId));
        if (objection.decided()) {
            throw new InvalidInputException("outcome", "objection.alreadyDecided");
        }
        SettlementObjectionPolicy policy = new SettlementObjectionPolicy(settled.grantedPerYear(), settled.settledPerYear());
        SortedMap<Integer, BigDecimal> after = money(form.newAmounts());
        List<Problem> problems = new ArrayList<>(new ObjectionDecisionPolicy(Recommendation.GRANT, new TreeMap<>(), new TreeMap<>())
                .problems(new ObjectionDecisionForm(applicationId, form.outcome(), form.motivation(), new TreeMap<>()), new TreeMap<>()));
        problems.addAll(policy.problems(form.outcome(), after));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean amountsChange = !after.isEmpty() && policy.changes(after);
        SortedMap<Integer, BigDecimal> newSettled = policy.apply(after);
        if (amountsChange) {
            try {
                events.publishEvent(new SettlementObjectionUpheld(applicationId, settled.settlementId(), application.getReference(),
                        settled.settledPerYear(), newSettled));
            } catch (BudgetRefusedException refused) {
                BudgetRefusal refusal = refused.refusal();
                throw new InvalidInputException("newAmounts", "objection.budget." + refusal.reason(),
                        String.valueOf(refusal.year()), refusal.figure());
            }
        }
        store.decide(objection.id(), form.outcome(), form.motivation().trim(), clock.instant());
        events.publishEvent(new ObjectionDecided(applicationId, application.getReference(), form.outcome(),
                form.motivation().trim(), settled.settledPerYear(), amountsChange ? newSettled : new TreeMap<>(),
                application.getSubmittedBy(), Locale.of(application.getApplicantLocale()), ObjectionSubject.SETTLEMENT));
        return store.objectionOf(applicationId, ObjectionSubject.SETTLEMENT).orElseThrow();
    }

    /** The objection part of an application of the user's authority, with what the user may do. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public ObjectionOverview overview(long applicationId) {
        return overview(applicationId, ObjectionSubject.DECISION);
    }

    /** As {@link #overview(long)}, for the objection against the decision or against the settlement. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public ObjectionOverview overview(long applicationId, ObjectionSubject subject) {
        GrantApplication application = access.inMyAuthority(applicationId);
        Optional<ObjectionOverview.DecisionFacts> decision = facts(applicationId, subject);
        Optional<Objection> objection = store.objectionOf(applicationId, subject);
        Role role = currentUser.require().role();
        return new ObjectionOverview(applicationId, application.getReference(), application.getTitle(),
                decision.orElse(null), objection.orElse(null), upperBounds(application, subject), today(),
                role == Role.REVIEWER && decision.isPresent() && objection.isEmpty(),
                role == Role.DECISION_MAKER && objection.filter(o -> !o.decided()).isPresent());
    }

    /**
     * The objection part of the applicant's own decided application; empty for an application of
     * another organisation or without a decision, so an id reveals nothing.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<ObjectionOverview> mine(long applicationId) {
        return mine(applicationId, ObjectionSubject.DECISION);
    }

    /** As {@link #mine(long)}, for the objection against the decision or against the settlement. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<ObjectionOverview> mine(long applicationId, ObjectionSubject subject) {
        return access.ownedByMe(applicationId).flatMap(application -> facts(applicationId, subject).map(decision -> {
            Optional<Objection> objection = store.objectionOf(applicationId, subject);
            return new ObjectionOverview(applicationId, application.getReference(), application.getTitle(), decision,
                    objection.orElse(null), upperBounds(application, subject), today(), objection.isEmpty(), false);
        }));
    }

    /** The decision objected to, as the objection part shows it: the grant decision, or the settlement. */
    private Optional<ObjectionOverview.DecisionFacts> facts(long applicationId, ObjectionSubject subject) {
        if (subject == ObjectionSubject.SETTLEMENT) {
            return settlements.settled(applicationId).map(s -> new ObjectionOverview.DecisionFacts(Recommendation.GRANT,
                    s.decisionDate(), s.objectionDeadline(), s.settledPerYear()));
        }
        return store.decision(applicationId).map(ObjectionService::facts);
    }

    /** What new amounts may go up to: the grant asked, or — against a settlement — what was granted. */
    private SortedMap<Integer, BigDecimal> upperBounds(GrantApplication application, ObjectionSubject subject) {
        if (subject == ObjectionSubject.SETTLEMENT) {
            return settlements.settled(application.getId()).map(SettledGrants.Settled::grantedPerYear).orElseGet(TreeMap::new);
        }
        return application.plan().grantPerYear();
    }

    /** The day a decision was sent and the last day to object to it. */
    private record DecidedOn(LocalDate date, LocalDate objectionDeadline) {
    }

    private Optional<DecidedOn> decidedOn(Decision decision, ObjectionSubject subject) {
        if (subject == ObjectionSubject.SETTLEMENT) {
            return settlements.settled(decision.applicationId()).map(s -> new DecidedOn(s.decisionDate(), s.objectionDeadline()));
        }
        return Optional.of(new DecidedOn(decision.decisionDate(), decision.objectionDeadline()));
    }

    private Objection register(GrantApplication application, DecidedOn decided, LocalDate receivedOn, String grounds,
                               ObjectionSubject subject) {
        long applicationId = application.getId();
        if (store.objectionOf(applicationId, subject).isPresent()) {
            throw new InvalidInputException("objection", "objection.alreadyRegistered");
        }
        List<Problem> problems = new ArrayList<>();
        if (grounds == null || grounds.isBlank()) {
            problems.add(new Problem("grounds", "objection.groundsRequired"));
        } else if (grounds.trim().length() > ObjectionDecisionPolicy.MAX_TEXT) {
            problems.add(new Problem("grounds", "validation.tooLong", ObjectionDecisionPolicy.MAX_TEXT));
        }
        ObjectionDeadlinePolicy.receivedOnProblem(receivedOn, decided.date(), today()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean late = ObjectionDeadlinePolicy.late(receivedOn, decided.objectionDeadline());
        store.insert(applicationId, receivedOn, grounds.trim(), late, currentUser.actorName(), clock.instant(), subject);
        Objection objection = store.objectionOf(applicationId, subject).orElseThrow();
        events.publishEvent(new ObjectionRegistered(applicationId, application.getReference(), objection,
                decided.objectionDeadline(), application.getSubmittedBy(), Locale.of(application.getApplicantLocale())));
        return objection;
    }

    /** Commits each year's increase and releases each year's decrease through the ledger. */
    private void changeGrant(GrantApplication application, SortedMap<Integer, BigDecimal> before,
                             SortedMap<Integer, BigDecimal> after) {
        SortedMap<Integer, BigDecimal> increase = new TreeMap<>();
        SortedMap<Integer, BigDecimal> decrease = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>(before.keySet());
        years.addAll(after.keySet());
        for (int year : years) {
            BigDecimal difference = after.getOrDefault(year, BigDecimal.ZERO).subtract(before.getOrDefault(year, BigDecimal.ZERO));
            if (difference.signum() > 0) {
                increase.put(year, difference);
            } else if (difference.signum() < 0) {
                decrease.put(year, difference.negate());
            }
        }
        String reason = "Decision on objection " + application.getReference();
        try {
            if (!increase.isEmpty()) {
                ledger.commit(application.getCallId(), application.getId(), increase, reason);
            }
            if (!decrease.isEmpty()) {
                ledger.release(application.getCallId(), application.getId(), decrease, reason);
            }
        } catch (BudgetRefusedException refused) {
            // The ledger marked the transaction for rollback; throwing on undoes everything, the objection included.
            BudgetRefusal refusal = refused.refusal();
            throw new InvalidInputException("newAmounts", "objection.budget." + refusal.reason(),
                    String.valueOf(refusal.year()), refusal.figure());
        }
    }

    private static ObjectionOverview.DecisionFacts facts(Decision decision) {
        return new ObjectionOverview.DecisionFacts(decision.outcome(), decision.decisionDate(), decision.objectionDeadline(),
                decision.grantedPerYear());
    }

    private static SortedMap<Integer, BigDecimal> money(SortedMap<Integer, BigDecimal> amounts) {
        SortedMap<Integer, BigDecimal> scaled = new TreeMap<>();
        amounts.forEach((year, amount) -> scaled.put(year, amount == null ? BigDecimal.ZERO.setScale(2)
                : amount.setScale(2, RoundingMode.HALF_UP)));
        return scaled;
    }

    private static SortedMap<Integer, BigDecimal> withoutZeros(SortedMap<Integer, BigDecimal> amounts) {
        SortedMap<Integer, BigDecimal> positive = new TreeMap<>();
        amounts.forEach((year, amount) -> {
            if (amount.signum() > 0) {
                positive.put(year, amount);
            }
        });
        return positive;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
