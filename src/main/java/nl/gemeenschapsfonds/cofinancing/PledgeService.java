package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.cofinancing.PledgeStepTaken.Step;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pledges of co-financing through their whole life, for the three parties: the funder pledges,
 * confirms, withdraws and confirms a receipt; the applicant records money received; the
 * authority's staff read them and a reviewer verifies them. Every method reads its scope from the
 * signed-in user ({@link PledgeAccess}): a funder reaches only their own pledges (another funder's are "not found"),
 * an applicant only their organisation's applications, staff only their authority's. Each step loads the pledge,
 * checks it ({@link PledgePolicy}, the transitions of {@link Pledge}), saves it and publishes {@link PledgeStepTaken};
 * the audit entry and the mail to the other party react to that event ({@code PledgeAudit}, {@code PledgeMails}).
 */
@Service
public class PledgeService {

    /** The states in which a project is in the marketplace and open for pledges. */
    public static final Set<ApplicationStatus> OPEN_FOR_PLEDGES = PledgeAccess.OPEN_FOR_PLEDGES;

    private final PledgeRepository pledges;
    private final PledgeAccess access;
    private final ProjectFigures figures;
    private final CoFinancingConditions conditions;
    private final CommitmentLetters letters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PledgeService(PledgeRepository pledges, PledgeAccess access, ProjectFigures figures, CoFinancingConditions conditions,
                  CommitmentLetters letters, ApplicationEventPublisher events, Clock clock) {
        this.pledges = pledges;
        this.access = access;
        this.figures = figures;
        this.conditions = conditions;
        this.letters = letters;
        this.events = events;
        this.clock = clock;
    }

    // ---- funder: the marketplace and pledging ----

    /** Refuses with {@link FunderNotActiveException} when the signed-in user's funder is not (or no longer) active. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public void requireActiveFunder() {
        access.activeFunder();
    }

    /**
     * One page of the projects that seek co-financing (submitted, in assessment, awaiting decision or granted),
     * filtered, for a lazy list (issue 20: a funder's session keeps only the rows on screen, not every project): the
     * rows from {@code offset}, at most {@code limit}, first submitted first, read as one page in the database
     * ({@code MarketplaceQuery}). Per year of the project the applicant said how much co-financing is missing; what is
     * <em>still</em> missing is that amount minus the confirmed (received, verified) pledges of the year, never below
     * zero, summed over the years (as {@link MissingCoFinancing} computes it for a project's page). Pledges not yet
     * confirmed do not count: a promise without a letter of commitment does not close the gap. The filter "amount
     * missing" looks at this figure.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public List<MarketplaceRow> marketplace(MarketplaceFilter filter, int offset, int limit) {
        access.activeFunder();
        return figures.marketplacePage(filter, offset, limit);
    }

    /** How many projects {@link #marketplace} lists with this filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public int marketplaceCount(MarketplaceFilter filter) {
        access.activeFunder();
        return figures.marketplaceCount(filter);
    }

    /** The municipalities of the projects in the marketplace (code to name, by code), for its filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public java.util.Map<String, String> marketplaceMunicipalities() {
        access.activeFunder();
        return figures.marketplaceMunicipalities();
    }

    /** A project page for the signed-in funder: in the marketplace, or a project they pledged to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public ProjectForFunder project(long applicationId) {
        long funder = access.activeFunder();
        GrantApplication application = access.visibleToFunder(applicationId, funder);
        String funderName = access.funderName(funder);
        List<PledgeItem> mine = pledges.findByApplicationIdAndFunderIdOrderByYearAscIdAsc(applicationId, funder).stream()
                .map(p -> row(p, application, funderName)).toList();
        return figures.project(application, mine);
    }

    /**
     * The signed-in funder pledges on a project that seeks co-financing. Problems come back per field
     * ({@code year}, {@code amount}, {@code kind}, {@code description}, {@code conditions}).
     */
    @Transactional
    @PreAuthorize("hasRole('FUNDER')")
    public long pledge(PledgeForm form) {
        long funder = access.activeFunder();
        GrantApplication application = access.visibleToFunder(form.applicationId(), funder);
        if (!PledgeAccess.isOpen(application)) {
            throw new InvalidInputException("project", "pledge.validation.closed");
        }
        List<Problem> problems = PledgePolicy.problemsOf(form, application.plan().years(), application.plan().costsPerYear());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Pledge pledge = pledges.saveAndFlush(new Pledge(funder, application.getId(), form.year(), form.amount(), form.kind(),
                form.description(), form.conditions()));
        events.publishEvent(PledgeStepTaken.of(pledge, Step.MADE, null, null));
        return pledge.getId();
    }

    /** The signed-in funder's pledges, all states, newest project first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public List<PledgeItem> myPledges() {
        long funder = access.activeFunder();
        String funderName = access.funderName(funder);
        return pledges.findByFunderIdOrderByApplicationIdAscYearAscIdAsc(funder).stream()
                .map(p -> row(p, access.application(p.getApplicationId()), funderName))
                .toList();
    }

    /**
     * The funder confirms their pledge with a letter of commitment: the PDF they upload, or (when
     * {@code uploadedLetter} is null) one generated from the pledge. When the grant waits for its co-financing
     * condition and the call's rules are now met on the confirmed pledges, the condition is fulfilled.
     */
    @Transactional
    @PreAuthorize("hasRole('FUNDER')")
    public void confirm(long pledgeId, long version, byte[] uploadedLetter) {
        Pledge pledge = access.mine(pledgeId, version);
        letters.requireAcceptable(uploadedLetter, pledgeId);
        GrantApplication application = access.application(pledge.getApplicationId());
        String before = PledgeStepTaken.state(pledge);
        byte[] letter = uploadedLetter != null ? uploadedLetter
                : letters.generate(pledge, application, access.funderName(pledge.getFunderId()));
        pledge.confirm(letter, clock.instant());
        save(pledge);
        events.publishEvent(PledgeStepTaken.of(pledge, Step.CONFIRMED, before, null));
        conditions.fulfilIfMet(application, () -> figures.matching(application));
    }

    /** The funder withdraws their pledge, with a reason; only before the money was received. */
    @Transactional
    @PreAuthorize("hasRole('FUNDER')")
    public void withdraw(long pledgeId, long version, String reason) {
        Pledge pledge = access.mine(pledgeId, version);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "pledge.validation.reasonRequired");
        }
        String before = PledgeStepTaken.state(pledge);
        pledge.withdraw(reason, clock.instant());
        save(pledge);
        events.publishEvent(PledgeStepTaken.of(pledge, Step.WITHDRAWN, before, reason.trim()));
    }

    /** The funder confirms the receipt the applicant recorded. */
    @Transactional
    @PreAuthorize("hasRole('FUNDER')")
    public void confirmReceipt(long pledgeId, long version) {
        Pledge pledge = access.mine(pledgeId, version);
        String before = PledgeStepTaken.state(pledge);
        pledge.confirmReceipt(clock.instant());
        save(pledge);
        events.publishEvent(PledgeStepTaken.of(pledge, Step.RECEIPT_CONFIRMED, before, null));
    }

    /** The letter of commitment of one of the funder's own confirmed pledges. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FUNDER', 'APPLICANT', 'REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public byte[] letter(long pledgeId) {
        Pledge pledge = access.readable(pledgeId);
        if (pledge.getLetter() == null) {
            throw new NotFoundException("Letter of pledge", pledgeId);
        }
        return pledge.getLetter();
    }

    // ---- applicant ----

    /** The pledges on an application of the signed-in applicant's organisation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<PledgeItem> pledgesOnMyApplication(long applicationId) {
        return rows(access.ownApplication(applicationId));
    }

    /** The applicant records when and how much of a confirmed pledge arrived (it may differ from the pledge). */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void recordReceipt(long pledgeId, long version, LocalDate receivedOn, BigDecimal amount) {
        Pledge pledge = access.pledge(pledgeId);
        access.ownApplication(pledge.getApplicationId());
        PledgeAccess.requireVersion(pledge, version);
        List<Problem> problems = PledgePolicy.problemsOfReceipt(receivedOn, amount, LocalDate.ofInstant(clock.instant(), Formats.ZONE));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = PledgeStepTaken.state(pledge);
        pledge.recordReceipt(receivedOn, amount, clock.instant());
        save(pledge);
        events.publishEvent(PledgeStepTaken.of(pledge, Step.RECEIVED, before, null));
    }

    /**
     * The co-financing condition of a grant, if it has one, for whoever may see the application: the
     * applicant's organisation, a funder on a project they can see, the authority's staff.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FUNDER', 'APPLICANT', 'REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public Optional<CoFinancingCondition> condition(long applicationId) {
        access.visible(applicationId);
        return conditions.find(applicationId);
    }

    // ---- the authority's staff ----

    /** The pledges on an application of the staff member's authority, with their conditions. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public List<PledgeItem> pledgesForStaff(long applicationId) {
        return rows(access.inMyAuthority(applicationId));
    }

    /** A reviewer verifies a received pledge (at settlement); the funder must have confirmed the receipt. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void verify(long pledgeId, long version) {
        Pledge pledge = access.pledge(pledgeId);
        access.inMyAuthority(pledge.getApplicationId());
        PledgeAccess.requireVersion(pledge, version);
        String before = PledgeStepTaken.state(pledge);
        pledge.verify(clock.instant());
        save(pledge);
        events.publishEvent(PledgeStepTaken.of(pledge, Step.VERIFIED, before, null));
    }

    /**
     * The call's co-financing rules checked on the confirmed pledges: the plan's figures, with what
     * the plan counted on from private funders replaced by the confirmed, received and verified
     * pledges (the amount received where it arrived). Pledges in kind count as private money; the
     * volunteer-hours cap keeps looking at the plan's volunteer hours only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public PledgeMatching matching(long applicationId) {
        return figures.matching(access.inMyAuthority(applicationId));
    }

    // ---- helpers ----

    /** Saves now, so that a concurrent change (confirm against withdraw) loses here with a clear error. */
    private void save(Pledge pledge) {
        try {
            pledges.saveAndFlush(pledge);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Pledge");
        }
    }

    /** The pledges on an application, for its applicant or the authority's staff. */
    private List<PledgeItem> rows(GrantApplication application) {
        return pledges.findByApplicationIdOrderByYearAscIdAsc(application.getId()).stream()
                .map(p -> row(p, application, access.funderName(p.getFunderId()))).toList();
    }

    /** A row with the pledge's conditions: only ever built for its own funder, the applicant or the authority's staff. */
    private static PledgeItem row(Pledge p, GrantApplication application, String funderName) {
        return new PledgeItem(p.getId(), p.getVersion(), p.getApplicationId(), application.getReference(), application.getTitle(),
                funderName, p.getYear(), p.getAmount(), p.getKind(), p.getDescription(), p.getConditions(),
                p.getStatus(), p.getConfirmedAt(), p.getStatus() != PledgeStatus.PLEDGED && p.getConfirmedAt() != null,
                p.getReceivedOn(), p.getReceivedAmount(), p.getReceiptConfirmedByFunderAt(), p.getWithdrawalReason());
    }
}
