package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.fund.CallFacts;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.organisation.OrganisationFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.submission.FinancingLine;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The co-financing dashboards: the funder's own (their pledges, what they support) and the
 * authority's (per call and year the split of all financing, the leverage and the pledges still
 * waiting for confirmation). Each reads its scope from the signed-in user.
 */
@Service
public class CoFinancingDashboards {

    private final PledgeService pledgeService;
    private final PledgeRepository pledges;
    private final ApplicationScope applications;
    private final PledgeAccess access;
    private final Organisations organisations;
    private final Funds funds;
    private final Municipalities municipalities;

    CoFinancingDashboards(PledgeService pledgeService, PledgeRepository pledges, ApplicationScope applications,
                          PledgeAccess access, Organisations organisations, Funds funds, Municipalities municipalities) {
        this.pledgeService = pledgeService;
        this.pledges = pledges;
        this.applications = applications;
        this.access = access;
        this.organisations = organisations;
        this.funds = funds;
        this.municipalities = municipalities;
    }

    /** Number and sum of a funder's pledges in one year and state. */
    public record PledgeTotal(int year, PledgeStatus status, int count, BigDecimal amount) {
    }

    /** A project a funder supports (at least one pledge not withdrawn), with its facility and expected visitors. */
    public record SupportedProject(long applicationId, String reference, String title, String organisationName,
                                   String facilityName, FacilityType facilityType, String municipality,
                                   ApplicationStatus status, Integer expectedVisitorsPerWeek, BigDecimal pledged) {
    }

    /**
     * The funder's dashboard. {@code pledged} is every pledge not withdrawn, {@code confirmed} those
     * confirmed, received or verified, {@code received} the amounts that arrived; {@code visitorsPerWeek}
     * the expected visitors per week of the projects supported, summed.
     */
    public record FunderDashboard(List<PledgeItem> pledges, List<PledgeTotal> byYearAndStatus, BigDecimal pledged,
                                  BigDecimal confirmed, BigDecimal received, List<SupportedProject> projects,
                                  int visitorsPerWeek) {
    }

    /**
     * All financing of the submitted (or later) applications of one call in one year, by source, and the
     * pledges of that year still waiting for the funder's confirmation. Public money is the fund's grant,
     * the municipality and the province; co-financing is everything but the grant.
     */
    public record CallYearFinancing(long callId, String titleNl, String titleEn, int year, int applications,
                                    BigDecimal grant, BigDecimal municipality, BigDecimal province,
                                    BigDecimal privateFunders, BigDecimal ownFunds, BigDecimal inKind, BigDecimal loans,
                                    int pendingPledges, BigDecimal pendingAmount) {

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleNl;
        }

        public BigDecimal publicMoney() {
            return grant.add(municipality).add(province);
        }

        public BigDecimal coFinancing() {
            return total().subtract(grant);
        }

        public BigDecimal total() {
            return grant.add(municipality).add(province).add(privateFunders).add(ownFunds).add(inKind).add(loans);
        }

        /** Euros of co-financing per euro of the fund's grant, to 2 decimals; null without a grant. */
        public BigDecimal leverage() {
            return grant.signum() == 0 ? null : coFinancing().divide(grant, 2, RoundingMode.HALF_UP);
        }
    }

    /** The signed-in funder's dashboard: only their own pledges. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public FunderDashboard funderDashboard() {
        List<PledgeItem> mine = pledgeService.myPledges(); // refuses a user who is not of an active funder
        Map<List<Object>, PledgeTotal> totals = new TreeMap<>(Comparator.<List<Object>>comparingInt(key -> (Integer) key.get(0))
                .thenComparing(key -> (PledgeStatus) key.get(1)));
        BigDecimal pledged = BigDecimal.ZERO;
        BigDecimal confirmed = BigDecimal.ZERO;
        BigDecimal received = BigDecimal.ZERO;
        Map<Long, BigDecimal> perProject = new LinkedHashMap<>();
        for (PledgeItem p : mine) {
            totals.merge(List.of(p.year(), p.status()), new PledgeTotal(p.year(), p.status(), 1, p.amount()),
                    (a, b) -> new PledgeTotal(a.year(), a.status(), a.count() + 1, a.amount().add(b.amount())));
            if (p.status() != PledgeStatus.WITHDRAWN) {
                pledged = pledged.add(p.amount());
                perProject.merge(p.applicationId(), p.amount(), BigDecimal::add);
            }
            if (Pledge.CONFIRMED_STATES.contains(p.status())) {
                confirmed = confirmed.add(p.amount());
            }
            if (p.receivedAmount() != null) {
                received = received.add(p.receivedAmount());
            }
        }
        List<SupportedProject> projects = new ArrayList<>();
        Map<Long, GrantApplication> supported = new LinkedHashMap<>();
        perProject.keySet().forEach(id -> supported.put(id, access.application(id)));
        Map<Long, OrganisationFacts> organisationsById = organisations.organisations(
                supported.values().stream().map(GrantApplication::getOrganisationId).distinct().toList());
        perProject.forEach((applicationId, amount) -> {
            GrantApplication a = supported.get(applicationId);
            String code = a.getFacilityMunicipalityCode();
            String municipality = code == null ? null
                    : municipalities.byCode(code).map(Municipalities.Municipality::name).orElse(code);
            projects.add(new SupportedProject(a.getId(), a.getReference(), a.getTitle(),
                    organisationsById.get(a.getOrganisationId()).legalName(), a.getFacilityName(), a.getFacilityType(),
                    municipality, a.getStatus(), a.getExpectedVisitorsPerWeek(), money(amount)));
        });
        projects.sort(Comparator.comparing(SupportedProject::reference, Comparator.nullsLast(Comparator.naturalOrder())));
        int visitors = projects.stream().map(SupportedProject::expectedVisitorsPerWeek).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
        return new FunderDashboard(mine, List.copyOf(totals.values()), money(pledged), money(confirmed), money(received),
                List.copyOf(projects), visitors);
    }

    /**
     * Per call and year of the signed-in staff member's authority: the financing of all applications
     * past the draft stage, by source, and the pledges waiting for confirmation. Ordered by year, then call.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'DECISION_MAKER')")
    public List<CallYearFinancing> authorityOverview() {
        long authority = access.myAuthority();
        Map<List<Long>, Accumulator> rows = new TreeMap<>(Comparator.<List<Long>>comparingLong(key -> key.get(1))
                .thenComparingLong(key -> key.get(0)));
        for (GrantApplication application : applications.submittedInAuthority(authority)) {
            java.util.Set<Integer> years = new java.util.HashSet<>();
            for (FinancingLine line : application.plan().financing()) {
                if (line.amount() == null) {
                    continue;
                }
                Accumulator acc = rows.computeIfAbsent(List.of(application.getCallId(), (long) line.year()),
                        key -> new Accumulator());
                if (years.add(line.year())) {
                    acc.applications++;
                }
                acc.add(line);
            }
        }
        for (Object[] row : pledges.pendingInAuthority(authority)) {
            long callId = (Long) row[0];
            long year = ((Number) row[1]).longValue();
            Accumulator acc = rows.get(List.of(callId, year));
            if (acc == null) {
                continue; // a pledge for a year the plan does not finance: counted nowhere else either
            }
            acc.pendingPledges += ((Number) row[2]).intValue();
            acc.pendingAmount = acc.pendingAmount.add((BigDecimal) row[3]);
        }
        Map<Long, CallFacts> calls = funds.calls(rows.keySet().stream().map(key -> key.get(0)).distinct().toList());
        List<CallYearFinancing> result = new ArrayList<>();
        rows.forEach((key, acc) -> {
            CallFacts call = calls.get(key.get(0));
            result.add(new CallYearFinancing(call.id(), call.titleNl(), call.titleEn(), key.get(1).intValue(),
                    acc.applications, money(acc.grant), money(acc.municipality), money(acc.province),
                    money(acc.privateFunders), money(acc.ownFunds), money(acc.inKind), money(acc.loans),
                    acc.pendingPledges, money(acc.pendingAmount)));
        });
        return result;
    }

    private static final class Accumulator {
        int applications;
        BigDecimal grant = BigDecimal.ZERO;
        BigDecimal municipality = BigDecimal.ZERO;
        BigDecimal province = BigDecimal.ZERO;
        BigDecimal privateFunders = BigDecimal.ZERO;
        BigDecimal ownFunds = BigDecimal.ZERO;
        BigDecimal inKind = BigDecimal.ZERO;
        BigDecimal loans = BigDecimal.ZERO;
        int pendingPledges;
        BigDecimal pendingAmount = BigDecimal.ZERO;

        void add(FinancingLine line) {
            BigDecimal amount = line.amount();
            switch (line.source()) {
                case GRANT -> grant = grant.add(amount);
                case MUNICIPALITY -> municipality = municipality.add(amount);
                case PROVINCE -> province = province.add(amount);
                case PRIVATE_FUNDER -> privateFunders = privateFunders.add(amount);
                case OWN_FUNDS -> ownFunds = ownFunds.add(amount);
                case IN_KIND -> inKind = inKind.add(amount);
                case LOAN -> loans = loans.add(amount);
            }
        }
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
