package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.base.pdf.Html;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.fund.CoFinancingPolicy;
import nl.gemeenschapsfonds.fund.FinancingFigures;
import nl.gemeenschapsfonds.scan.UploadGuard;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.SignedInUser;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.FinancingLine;
import nl.gemeenschapsfonds.submission.FinancingPlan;
import nl.gemeenschapsfonds.submission.FundingSource;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pledges of co-financing through their whole life, for the three parties: the funder pledges,
 * confirms, withdraws and confirms a receipt; the applicant records money received; the
 * authority's staff read them and a reviewer verifies them. Every method reads its scope from the
 * signed-in user: a funder reaches only their own pledges (another funder's are "not found"), an
 * applicant only their organisation's applications, staff only their authority's. Every step is
 * audited and mailed to the other party after the transaction commits.
 */
@Service
public class PledgeService {

    /** The states in which a project is in the marketplace and open for pledges. */
    public static final Set<ApplicationStatus> OPEN_FOR_PLEDGES = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION, ApplicationStatus.GRANTED);

    private static final int MAX_LETTER_BYTES = 5 * 1024 * 1024;

    private final PledgeRepository pledges;
    private final PledgeApplications applications;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Translations translations;
    private final Municipalities municipalities;
    private final JdbcClient jdbc;
    private final CoFinancingConditions conditions;
    private final Clock clock;

    private final UploadGuard guard;

    PledgeService(PledgeRepository pledges, PledgeApplications applications, CurrentUser currentUser, AuditTrail audit,
                  Mailer mailer, Translations translations, Municipalities municipalities, JdbcClient jdbc,
                  CoFinancingConditions conditions, Clock clock, UploadGuard guard) {
        this.guard = guard;
        this.conditions = conditions;
        this.pledges = pledges;
        this.applications = applications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.mailer = mailer;
        this.translations = translations;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- funder: the marketplace and pledging ----

    /** Refuses with {@link FunderNotActiveException} when the signed-in user's funder is not (or no longer) active. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public void requireActiveFunder() {
        activeFunder();
    }

    /**
     * The projects that seek co-financing (submitted, in assessment, awaiting decision or granted),
     * filtered. Per year of the project the applicant said how much co-financing is missing; what is
     * <em>still</em> missing is that amount minus the confirmed (received, verified) pledges of the year,
     * never below zero, summed over the years. Pledges not yet confirmed do not count: a promise without a
     * letter of commitment does not close the gap. The filter "amount missing" looks at this figure.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public List<MarketplaceItem> marketplace(MarketplaceFilter filter) {
        activeFunder();
        MarketplaceFilter f = filter == null ? MarketplaceFilter.none() : filter;
        List<Object[]> rows = applications.seeking(OPEN_FOR_PLEDGES);
        List<Long> ids = rows.stream().map(row -> ((GrantApplication) row[0]).getId()).toList();
        Map<Long, BigDecimal> pledged = new HashMap<>();
        Map<Long, Map<Integer, BigDecimal>> confirmed = new HashMap<>();
        if (!ids.isEmpty()) {
            pledges.activeTotals(ids).forEach(row -> pledged.put((Long) row[0], (BigDecimal) row[1]));
            pledges.confirmedPerYear(ids, Pledge.CONFIRMED_STATES).forEach(row -> confirmed
                    .computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Integer) row[1], (BigDecimal) row[2]));
        }
        return rows.stream()
                .map(row -> {
                    GrantApplication application = (GrantApplication) row[0];
                    return item(application, (String) row[1], pledged.getOrDefault(application.getId(), BigDecimal.ZERO),
                            confirmed.getOrDefault(application.getId(), Map.of()));
                })
                .filter(item -> f.municipalityCode() == null || f.municipalityCode().equals(item.municipalityCode()))
                .filter(item -> f.facilityType() == null || f.facilityType() == item.facilityType())
                .filter(item -> f.minimumMissing() == null || item.missing().compareTo(f.minimumMissing()) >= 0)
                .toList();
    }

    /** A project page for the signed-in funder: in the marketplace, or a project they pledged to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public ProjectForFunder project(long applicationId) {
        long funder = activeFunder();
        GrantApplication application = visibleToFunder(applicationId, funder);
        FinancingPlan plan = application.plan();
        MarketplaceItem item = item(application, applications.organisationName(application.getOrganisationId()),
                pledges.activeTotal(applicationId), confirmedPerYear(applicationId));
        String funderName = funderName(funder);
        List<PledgeItem> mine = pledges.findByApplicationIdAndFunderIdOrderByYearAscIdAsc(applicationId, funder).stream()
                .map(p -> row(p, application, funderName)).toList();
        return new ProjectForFunder(item, plan.costsPerYear(), plan.grant(), plan.municipal(), plan.coFinancing(),
                plan.privateFunding(), plan.years(), isOpen(application), mine,
                conditions.find(applicationId).orElse(null), story(application.toDraft()));
    }

    private static ProjectForFunder.Story story(nl.gemeenschapsfonds.submission.ApplicationDraft draft) {
        return new ProjectForFunder.Story(draft.description(), draft.activities(), draft.facilityName(), draft.facilityStreet(),
                draft.facilityPostcode(), draft.facilityCity(), draft.kindOfWork(), draft.startDate(), draft.endDate());
    }

    /**
     * The signed-in funder pledges on a project that seeks co-financing. Problems come back per field
     * ({@code year}, {@code amount}, {@code kind}, {@code description}, {@code conditions}).
     */
    @Transactional
    @PreAuthorize("hasRole('FUNDER')")
    public long pledge(PledgeForm form) {
        long funder = activeFunder();
        GrantApplication application = visibleToFunder(form.applicationId(), funder);
        if (!isOpen(application)) {
            throw new InvalidInputException("project", "pledge.validation.closed");
        }
        List<Problem> problems = new ArrayList<>();
        Set<Integer> years = application.plan().years();
        if (form.year() == null) {
            problems.add(new Problem("year", "pledge.validation.yearRequired"));
        } else if (!years.isEmpty() && !years.contains(form.year())) {
            problems.add(new Problem("year", "pledge.validation.yearOutside"));
        }
        if (form.amount() == null || form.amount().signum() <= 0) {
            problems.add(new Problem("amount", "pledge.validation.amountPositive"));
        } else if (form.amount().scale() > 2 && form.amount().stripTrailingZeros().scale() > 2) {
            problems.add(new Problem("amount", "pledge.validation.cents"));
        } else if (form.amount().compareTo(new BigDecimal("999999999999")) > 0) {
            problems.add(new Problem("amount", "pledge.validation.amountTooLarge"));
        }
        if (form.kind() == null) {
            problems.add(new Problem("kind", "pledge.validation.kindRequired"));
        } else if (form.kind() == PledgeKind.IN_KIND && (form.description() == null || form.description().isBlank())) {
            problems.add(new Problem("description", "pledge.validation.descriptionRequired"));
        }
        if (form.description() != null && form.description().length() > 2000) {
            problems.add(new Problem("description", "pledge.validation.tooLong", 2000));
        }
        if (form.conditions() != null && form.conditions().length() > 4000) {
            problems.add(new Problem("conditions", "pledge.validation.tooLong", 4000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Pledge pledge = pledges.saveAndFlush(new Pledge(funder, application.getId(), form.year(), form.amount(), form.kind(),
                form.description(), form.conditions()));
        audit.record("PLEDGE_MADE", "Pledge", pledge.getId(), null, state(pledge), null);
        mailApplicant(application, "pledge.mail.pledged", pledge, funderName(funder));
        return pledge.getId();
    }

    /** The signed-in funder's pledges, all states, newest project first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public List<PledgeItem> myPledges() {
        long funder = activeFunder();
        String funderName = funderName(funder);
        return pledges.findByFunderIdOrderByApplicationIdAscYearAscIdAsc(funder).stream()
                .map(p -> row(p, applications.findById(p.getApplicationId()).orElseThrow(), funderName))
                .toList();
    }

    /**
     * The funder confirms their pledge with a letter of commitment: the PDF they upload, or (when
     * {@code uploadedLetter} is null) one generated from the pledge.
     */
    @Transactional
    @PreAuthorize("hasRole('FUNDER')")
    public void confirm(long pledgeId, long version, byte[] uploadedLetter) {
        Pledge pledge = mine(pledgeId, version);
        if (uploadedLetter != null && (uploadedLetter.length > MAX_LETTER_BYTES || !isPdf(uploadedLetter))) {
            throw new InvalidInputException("letter", "pledge.validation.letterPdf");
        }
        if (uploadedLetter != null) {
            guard.requireSafe(uploadedLetter, "letter", "letter.pdf", "Pledge", pledgeId);
        }
        GrantApplication application = applications.findById(pledge.getApplicationId()).orElseThrow();
        String funderName = funderName(pledge.getFunderId());
        String before = state(pledge);
        pledge.confirm(uploadedLetter != null ? uploadedLetter : letter(pledge, application, funderName), clock.instant());
        save(pledge);
        audit.record("PLEDGE_CONFIRMED", "Pledge", pledgeId, before, state(pledge), null);
        mailApplicant(application, "pledge.mail.confirmed", pledge, funderName);
        conditions.fulfilIfMet(application, () -> matchingOf(application));
    }

    /** The funder withdraws their pledge, with a reason; only before the money was received. */
    @Transactional
    @PreAuthorize("hasRole('FUNDER')")
    public void withdraw(long pledgeId, long version, String reason) {
        Pledge pledge = mine(pledgeId, version);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "pledge.validation.reasonRequired");
        }
        String before = state(pledge);
        pledge.withdraw(reason, clock.instant());
        save(pledge);
        audit.record("PLEDGE_WITHDRAWN", "Pledge", pledgeId, before, state(pledge), reason.trim());
        mailApplicant(applications.findById(pledge.getApplicationId()).orElseThrow(), "pledge.mail.withdrawn", pledge,
                funderName(pledge.getFunderId()));
    }

    /** The funder confirms the receipt the applicant recorded. */
    @Transactional
    @PreAuthorize("hasRole('FUNDER')")
    public void confirmReceipt(long pledgeId, long version) {
        Pledge pledge = mine(pledgeId, version);
        String before = state(pledge);
        pledge.confirmReceipt(clock.instant());
        save(pledge);
        audit.record("PLEDGE_RECEIPT_CONFIRMED", "Pledge", pledgeId, before, state(pledge), null);
        mailApplicant(applications.findById(pledge.getApplicationId()).orElseThrow(), "pledge.mail.receiptConfirmed", pledge,
                funderName(pledge.getFunderId()));
    }

    /** The letter of commitment of one of the funder's own confirmed pledges. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FUNDER', 'APPLICANT', 'REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public byte[] letter(long pledgeId) {
        Pledge pledge = readable(pledgeId);
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
        GrantApplication application = ownApplication(applicationId);
        return pledges.findByApplicationIdOrderByYearAscIdAsc(applicationId).stream()
                .map(p -> row(p, application, funderName(p.getFunderId()))).toList();
    }

    /** The applicant records when and how much of a confirmed pledge arrived (it may differ from the pledge). */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void recordReceipt(long pledgeId, long version, LocalDate receivedOn, BigDecimal amount) {
        Pledge pledge = pledges.findById(pledgeId).orElseThrow(() -> new NotFoundException("Pledge", pledgeId));
        GrantApplication application = ownApplication(pledge.getApplicationId());
        requireVersion(pledge, version);
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        if (receivedOn == null) {
            problems.add(new Problem("receivedOn", "pledge.validation.receivedOnRequired"));
        } else if (receivedOn.isAfter(today)) {
            problems.add(new Problem("receivedOn", "pledge.validation.receivedOnFuture"));
        }
        if (amount == null || amount.signum() < 0) {
            problems.add(new Problem("receivedAmount", "pledge.validation.receivedAmount"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = state(pledge);
        pledge.recordReceipt(receivedOn, amount, clock.instant());
        save(pledge);
        audit.record("PLEDGE_RECEIVED", "Pledge", pledgeId, before, state(pledge), null);
        mailFunder(pledge, application, "pledge.mail.received");
    }

    /**
     * The co-financing condition of a grant, if it has one, for whoever may see the application: the
     * applicant's organisation, a funder on a project they can see, the authority's staff.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FUNDER', 'APPLICANT', 'REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public java.util.Optional<CoFinancingCondition> condition(long applicationId) {
        SignedInUser user = currentUser.require();
        switch (user.role()) {
            case FUNDER -> visibleToFunder(applicationId, activeFunder());
            case APPLICANT -> ownApplication(applicationId);
            default -> inMyAuthority(applicationId);
        }
        return conditions.find(applicationId);
    }

    // ---- the authority's staff ----

    /** The pledges on an application of the staff member's authority, with their conditions. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public List<PledgeItem> pledgesForStaff(long applicationId) {
        GrantApplication application = inMyAuthority(applicationId);
        return pledges.findByApplicationIdOrderByYearAscIdAsc(applicationId).stream()
                .map(p -> row(p, application, funderName(p.getFunderId()))).toList();
    }

    /** A reviewer verifies a received pledge (at settlement); the funder must have confirmed the receipt. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void verify(long pledgeId, long version) {
        Pledge pledge = pledges.findById(pledgeId).orElseThrow(() -> new NotFoundException("Pledge", pledgeId));
        GrantApplication application = inMyAuthority(pledge.getApplicationId());
        requireVersion(pledge, version);
        String before = state(pledge);
        pledge.verify(clock.instant());
        save(pledge);
        audit.record("PLEDGE_VERIFIED", "Pledge", pledgeId, before, state(pledge), null);
        mailFunder(pledge, application, "pledge.mail.verified");
        mailApplicant(application, "pledge.mail.verified", pledge, funderName(pledge.getFunderId()));
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
        return matchingOf(inMyAuthority(applicationId));
    }

    // ---- helpers ----

    /** The rules on the confirmed pledges; the caller has checked the scope. */
    private PledgeMatching matchingOf(GrantApplication application) {
        FinancingPlan plan = application.plan();
        BigDecimal plannedFunders = privateFunderLines(plan);
        BigDecimal confirmed = pledges.findByApplicationIdOrderByYearAscIdAsc(application.getId()).stream()
                .filter(Pledge::isConfirmed).map(Pledge::countingAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
        FinancingFigures planned = plan.figures();
        // the funders' money counts as far as it is confirmed; own funds and in kind as planned
        FinancingFigures figures = planned.withPrivateFunders(confirmed);
        CoFinancingPolicy policy = CoFinancingPolicy.of(applications.call(application.getCallId()));
        return new PledgeMatching(figures, plannedFunders, confirmed, policy.check(figures));
    }

    /**
     * The signed-in user's funder, which must be active: a funder waiting for an administrator, rejected or
     * switched off cannot browse or pledge, also when its user signed in before (refused here, not only hidden).
     */
    private long activeFunder() {
        long funder = currentUser.require().requireFunder();
        boolean active = jdbc.sql("select active from funder where id = ?").param(funder).query(Boolean.class)
                .optional().orElse(false);
        if (!active) {
            throw new FunderNotActiveException(funder);
        }
        return funder;
    }

    private GrantApplication visibleToFunder(long applicationId, long funder) {
        return applications.findById(applicationId)
                .filter(a -> isOpen(a) || pledges.existsByApplicationIdAndFunderId(applicationId, funder))
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
    }

    private static boolean isOpen(GrantApplication application) {
        return application.isSeekingCofinancing() && OPEN_FOR_PLEDGES.contains(application.getStatus());
    }

    private GrantApplication ownApplication(long applicationId) {
        long organisation = currentUser.require().requireOrganisation();
        return applications.findById(applicationId)
                .filter(a -> a.getOrganisationId() == organisation)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
    }

    private GrantApplication inMyAuthority(long applicationId) {
        return applications.findInAuthority(applicationId, currentUser.require().requireAuthority())
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
    }

    /** One of the signed-in funder's own pledges, at the version they saw; another funder's is "not found". */
    private Pledge mine(long pledgeId, long version) {
        long funder = activeFunder();
        Pledge pledge = pledges.findById(pledgeId).filter(p -> p.getFunderId() == funder)
                .orElseThrow(() -> new NotFoundException("Pledge", pledgeId));
        requireVersion(pledge, version);
        return pledge;
    }

    /** A pledge the signed-in user may read: their own (funder), on their application (applicant) or in their authority (staff). */
    private Pledge readable(long pledgeId) {
        SignedInUser user = currentUser.require();
        Pledge pledge = pledges.findById(pledgeId).orElseThrow(() -> new NotFoundException("Pledge", pledgeId));
        switch (user.role()) {
            case FUNDER -> {
                if (pledge.getFunderId() != user.requireFunder()) {
                    throw new NotFoundException("Pledge", pledgeId);
                }
            }
            case APPLICANT -> ownApplication(pledge.getApplicationId());
            default -> inMyAuthority(pledge.getApplicationId());
        }
        return pledge;
    }

    private static void requireVersion(Pledge pledge, long version) {
        if (pledge.getVersion() != version) {
            throw new ConcurrentEditException("Pledge");
        }
    }

    /** Saves now, so that a concurrent change (confirm against withdraw) loses here with a clear error. */
    private void save(Pledge pledge) {
        try {
            pledges.saveAndFlush(pledge);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Pledge");
        }
    }

    private Map<Integer, BigDecimal> confirmedPerYear(long applicationId) {
        Map<Integer, BigDecimal> perYear = new HashMap<>();
        pledges.confirmedPerYear(List.of(applicationId), Pledge.CONFIRMED_STATES)
                .forEach(row -> perYear.put((Integer) row[1], (BigDecimal) row[2]));
        return perYear;
    }

    private MarketplaceItem item(GrantApplication application, String organisationName, BigDecimal pledged,
                                 Map<Integer, BigDecimal> confirmedPerYear) {
        java.util.SortedMap<Integer, MarketplaceItem.YearMissing> perYear = new java.util.TreeMap<>();
        application.getCofinancingSought().forEach((year, sought) -> {
            BigDecimal confirmed = money(confirmedPerYear.getOrDefault(year, BigDecimal.ZERO));
            perYear.put(year, new MarketplaceItem.YearMissing(money(sought), confirmed,
                    money(sought.subtract(confirmed).max(BigDecimal.ZERO))));
        });
        BigDecimal sought = money(perYear.values().stream().map(MarketplaceItem.YearMissing::sought)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal missing = money(perYear.values().stream().map(MarketplaceItem.YearMissing::missing)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        String code = application.getFacilityMunicipalityCode();
        String municipality = code == null ? null : municipalities.byCode(code).map(Municipalities.Municipality::name).orElse(code);
        return new MarketplaceItem(application.getId(), application.getReference(), application.getTitle(), organisationName,
                application.getStatus(), application.getFacilityType(), code, municipality, application.getTargetGroups(),
                application.getExpectedVisitorsPerWeek(), application.plan().totalCosts(), sought, money(pledged), missing,
                perYear);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal privateFunderLines(FinancingPlan plan) {
        return plan.financing().stream().filter(line -> line.source() == FundingSource.PRIVATE_FUNDER)
                .map(FinancingLine::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** A row with the pledge's conditions: only ever built for its own funder, the applicant or the authority's staff. */
    private static PledgeItem row(Pledge p, GrantApplication application, String funderName) {
        return new PledgeItem(p.getId(), p.getVersion(), p.getApplicationId(), application.getReference(), application.getTitle(),
                funderName, p.getYear(), p.getAmount(), p.getKind(), p.getDescription(), p.getConditions(),
                p.getStatus(), p.getConfirmedAt(), p.getStatus() != PledgeStatus.PLEDGED && p.getConfirmedAt() != null,
                p.getReceivedOn(), p.getReceivedAmount(), p.getReceiptConfirmedByFunderAt(), p.getWithdrawalReason());
    }

    private String funderName(long funderId) {
        return jdbc.sql("select name from funder where id = ?").param(funderId).query(String.class).single();
    }

    private static String state(Pledge p) {
        return "status=" + p.getStatus() + ", year=" + p.getYear() + ", amount=" + p.getAmount() + ", kind=" + p.getKind()
                + (p.getReceivedAmount() == null ? "" : ", received=" + p.getReceivedAmount() + " on " + p.getReceivedOn())
                + (p.getReceiptConfirmedByFunderAt() == null ? "" : ", receiptConfirmedByFunder");
    }

    private void mailApplicant(GrantApplication application, String key, Pledge pledge, String funderName) {
        if (application.getSubmittedBy() == null) {
            return;
        }
        Locale language = Locale.of(application.getApplicantLocale());
        mailer.send(new Mail(application.getSubmittedBy(),
                translations.get(language, key + ".subject", application.getReference()),
                translations.get(language, key + ".text", application.getReference(), funderName,
                        Formats.money(pledge.getAmount(), language), String.valueOf(pledge.getYear()))));
    }

    private void mailFunder(Pledge pledge, GrantApplication application, String key) {
        String funderName = funderName(pledge.getFunderId());
        jdbc.sql("select email, preferred_locale from app_user where funder_id = ? and enabled")
                .param(pledge.getFunderId())
                .query((rs, row) -> new String[]{rs.getString("email"), rs.getString("preferred_locale")})
                .list()
                .forEach(user -> {
                    Locale language = Locale.of(user[1]);
                    mailer.send(new Mail(user[0], translations.get(language, key + ".subject", application.getReference()),
                            translations.get(language, key + ".text", application.getReference(), funderName,
                                    Formats.money(pledge.getAmount(), language), String.valueOf(pledge.getYear()))));
                });
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }

    /** A plain letter of commitment, in Dutch (the language of the grant), generated when the funder uploads none. */
    private byte[] letter(Pledge pledge, GrantApplication application, String funderName) {
        Locale dutch = Translations.DUTCH;
        String body = "<html><head><title>Toezegging</title></head><body>"
                + "<h1>" + Html.escape(translations.get(dutch, "pledge.letter.title")) + "</h1>"
                + "<p>" + Html.escape(translations.get(dutch, "pledge.letter.text", funderName,
                Formats.money(pledge.getAmount(), dutch), String.valueOf(pledge.getYear()),
                application.getReference(), application.getTitle())) + "</p>"
                + (pledge.getDescription() == null ? "" : "<p>" + Html.escape(pledge.getDescription()) + "</p>")
                + (pledge.getConditions() == null ? "" : "<p>" + Html.escape(translations.get(dutch, "pledge.letter.conditions",
                pledge.getConditions())) + "</p>")
                + "<p>" + Html.escape(Formats.date(LocalDate.ofInstant(clock.instant(), Formats.ZONE), dutch)) + "</p>"
                + "</body></html>";
        return HtmlPdf.render(body);
    }
}
