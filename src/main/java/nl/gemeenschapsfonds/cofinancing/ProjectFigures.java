package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.Municipalities;
import nl.gemeenschapsfonds.fund.CoFinancingPolicy;
import nl.gemeenschapsfonds.fund.FinancingFigures;
import nl.gemeenschapsfonds.fund.Funds;
import nl.gemeenschapsfonds.organisation.OrganisationFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.submission.ApplicationDraft;
import nl.gemeenschapsfonds.submission.FinancingLine;
import nl.gemeenschapsfonds.submission.FinancingPlan;
import nl.gemeenschapsfonds.submission.FundingSource;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The figures of projects seeking co-financing, for {@link PledgeService}: the marketplace rows (what is still
 * missing, {@link MissingCoFinancing}), a funder's project page, and the call's rules checked on the confirmed
 * pledges ({@link PledgeMatching}). The caller has checked who may see them.
 */
@Component
class ProjectFigures {

    private final PledgeRepository pledges;
    private final Organisations organisations;
    private final Municipalities municipalities;
    private final Funds funds;
    private final CoFinancingConditions conditions;
    private final MarketplaceQuery query;

    ProjectFigures(PledgeRepository pledges, Organisations organisations, Municipalities municipalities, Funds funds,
                   CoFinancingConditions conditions, MarketplaceQuery query) {
        this.pledges = pledges;
        this.query = query;
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.funds = funds;
        this.conditions = conditions;
    }

    /**
     * One page of the marketplace ({@link PledgeService#marketplace}) as light rows, read as a page in the database (one
     * statement for the rows, one for their organisations' names).
     */
    List<MarketplaceRow> marketplacePage(MarketplaceFilter filter, int offset, int limit) {
        List<MarketplaceQuery.Row> rows = query.page(filter, PledgeAccess.OPEN_FOR_PLEDGES, offset, limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganisationFacts> names = organisations.organisations(
                rows.stream().map(MarketplaceQuery.Row::organisationId).distinct().toList());
        return rows.stream().map(row -> new MarketplaceRow(row.applicationId(), row.reference(), row.title(),
                // names many rows repeat (an organisation's projects) are shared, as the work queue's rows share theirs
                names.get(row.organisationId()).legalName().intern(), municipalityName(row.municipalityCode()),
                row.status(), row.facilityType(), row.targetGroups(), row.expectedVisitorsPerWeek(), row.pledged(),
                row.missing())).toList();
    }

    /** How many projects the marketplace lists with this filter, counted in the database. */
    int marketplaceCount(MarketplaceFilter filter) {
        return query.count(filter, PledgeAccess.OPEN_FOR_PLEDGES);
    }

    /** The municipalities (code to name) of the projects on offer, for the marketplace's filter. */
    Map<String, String> marketplaceMunicipalities() {
        Map<String, String> offered = new java.util.TreeMap<>();
        query.municipalities(PledgeAccess.OPEN_FOR_PLEDGES).forEach(code -> offered.put(code, municipalityName(code)));
        return offered;
    }

    /** A funder's page of a project they may see, with their own pledges as {@code mine}. */
    ProjectForFunder project(GrantApplication application, List<PledgeItem> mine) {
        FinancingPlan plan = application.plan();
        String organisation = organisations.organisation(application.getOrganisationId())
                .map(OrganisationFacts::legalName).orElseThrow();
        MarketplaceItem item = item(application, organisation, pledges.activeTotal(application.getId()),
                confirmedPerYear(application.getId()));
        return new ProjectForFunder(item, plan.costsPerYear(), plan.grant(), plan.municipal(), plan.coFinancing(),
                plan.privateFunding(), plan.years(), PledgeAccess.isOpen(application), mine,
                conditions.find(application.getId()).orElse(null), story(application.toDraft()));
    }

    /**
     * The call's rules on the confirmed pledges: the plan's figures, with what the plan counted on from private
     * funders replaced by the confirmed, received and verified pledges (the amount received where it arrived).
     */
    PledgeMatching matching(GrantApplication application) {
        FinancingPlan plan = application.plan();
        BigDecimal plannedFunders = privateFunderLines(plan);
        BigDecimal confirmed = pledges.findByApplicationIdOrderByYearAscIdAsc(application.getId()).stream()
                .filter(Pledge::isConfirmed).map(Pledge::countingAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        // the funders' money counts as far as it is confirmed; own funds and in kind as planned
        FinancingFigures figures = plan.figures().withPrivateFunders(confirmed);
        CoFinancingPolicy policy = funds.coFinancingPolicy(application.getCallId()).orElseThrow();
        return new PledgeMatching(figures, plannedFunders, confirmed, policy.check(figures));
    }

    private Map<Integer, BigDecimal> confirmedPerYear(long applicationId) {
        Map<Integer, BigDecimal> perYear = new HashMap<>();
        pledges.confirmedPerYear(List.of(applicationId), Pledge.CONFIRMED_STATES)
                .forEach(row -> perYear.put((Integer) row[1], (BigDecimal) row[2]));
        return perYear;
    }

    private MarketplaceItem item(GrantApplication application, String organisationName, BigDecimal pledged,
                                 Map<Integer, BigDecimal> confirmedPerYear) {
        SortedMap<Integer, MarketplaceItem.YearMissing> perYear =
                MissingCoFinancing.perYear(application.getCofinancingSought(), confirmedPerYear);
        String code = application.getFacilityMunicipalityCode();
        String municipality = municipalityName(code);
        return new MarketplaceItem(application.getId(), application.getReference(), application.getTitle(), organisationName,
                application.getStatus(), application.getFacilityType(), code, municipality, application.getTargetGroups(),
                application.getExpectedVisitorsPerWeek(), application.plan().totalCosts(), MissingCoFinancing.sought(perYear),
                MissingCoFinancing.money(pledged), MissingCoFinancing.missing(perYear), perYear);
    }

    private String municipalityName(String code) {
        return code == null ? null : municipalities.byCode(code).map(Municipalities.Municipality::name).orElse(code);
    }

    private static ProjectForFunder.Story story(ApplicationDraft draft) {
        return new ProjectForFunder.Story(draft.description(), draft.activities(), draft.facilityName(), draft.facilityStreet(),
                draft.facilityPostcode(), draft.facilityCity(), draft.kindOfWork(), draft.startDate(), draft.endDate());
    }

    private static BigDecimal privateFunderLines(FinancingPlan plan) {
        return plan.financing().stream().filter(line -> line.source() == FundingSource.PRIVATE_FUNDER)
                .map(FinancingLine::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
