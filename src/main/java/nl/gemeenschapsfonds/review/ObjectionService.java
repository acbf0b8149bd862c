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

    ObjectionService(ReviewAccess access, ObjectionStore store, BudgetLedger ledger, CurrentUser currentUser,
                     ApplicationEventPublisher events, Clock clock) {
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
        GrantApplication application = access.ownedByMe(applicationId).orElseThrow(() -> new NotFoundException("Application", applicationId));
        Decision decision = store.lockDecision(applicationId).orElseThrow(() -> new NotFoundException("Decision", applicationId));
        return register(application, decision, today(), grounds);
    }

    /**
     * A reviewer registers an objection that reached the authority otherwise (by post), with the
     * date it was received: not in the future and not before the decision.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public Objection register(long applicationId, LocalDate receivedOn, String grounds) {
        GrantApplication application = access.inMyAuthority(applicationId);
        Decision decision = store.lockDecision(applicationId)
                .orElseThrow(() -> new InvalidInputException("objection", "objection.noDecision"));
        return register(application, decision, receivedOn, grounds);
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
                application.getSubmittedBy(), Locale.of(application.getApplicantLocale())));
        return store.objectionOf(applicationId).orElseThrow();
    }

    /** The objection part of an application of the user's authority, with what the user may do. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public ObjectionOverview overview(long applicationId) {
        GrantApplication application = access.inMyAuthority(applicationId);
        Optional<ObjectionOverview.DecisionFacts> decision = store.decision(applicationId).map(ObjectionService::facts);
        Optional<Objection> objection = store.objectionOf(applicationId);
        Role role = currentUser.require().role();
        return new ObjectionOverview(applicationId, application.getReference(), application.getTitle(),
                decision.orElse(null), objection.orElse(null), application.plan().grantPerYear(), today(),
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
        return access.ownedByMe(applicationId).flatMap(application -> store.decision(applicationId).map(decision -> {
            Optional<Objection> objection = store.objectionOf(applicationId);
            return new ObjectionOverview(applicationId, application.getReference(), application.getTitle(), facts(decision),
                    objection.orElse(null), application.plan().grantPerYear(), today(), objection.isEmpty(), false);
        }));
    }

    private Objection register(GrantApplication application, Decision decision, LocalDate receivedOn, String grounds) {
        long applicationId = application.getId();
        if (store.objectionOf(applicationId).isPresent()) {
            throw new InvalidInputException("objection", "objection.alreadyRegistered");
        }
        List<Problem> problems = new ArrayList<>();
        if (grounds == null || grounds.isBlank()) {
            problems.add(new Problem("grounds", "objection.groundsRequired"));
        } else if (grounds.trim().length() > ObjectionDecisionPolicy.MAX_TEXT) {
            problems.add(new Problem("grounds", "validation.tooLong", ObjectionDecisionPolicy.MAX_TEXT));
        }
        ObjectionDeadlinePolicy.receivedOnProblem(receivedOn, decision.decisionDate(), today()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean late = ObjectionDeadlinePolicy.late(receivedOn, decision.objectionDeadline());
        store.insert(applicationId, receivedOn, grounds.trim(), late, currentUser.actorName(), clock.instant());
        Objection objection = store.objectionOf(applicationId).orElseThrow();
        events.publishEvent(new ObjectionRegistered(applicationId, application.getReference(), objection,
                decision.objectionDeadline(), application.getSubmittedBy(), Locale.of(application.getApplicantLocale())));
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
