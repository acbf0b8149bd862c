package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * A project that seeks co-financing, as the marketplace lists it. {@code sought} is what the applicant said is
 * missing, over all years; {@code pledged} every pledge not withdrawn; {@code missing} what is still missing
 * after the confirmed pledges, year by year (see {@link PledgeService#marketplace}).
 */
public record MarketplaceItem(long applicationId, String reference, String title, String organisationName,
                              ApplicationStatus status, FacilityType facilityType, String municipalityCode,
                              String municipalityName, String targetGroups, Integer expectedVisitorsPerWeek,
                              BigDecimal totalCosts, BigDecimal sought, BigDecimal pledged, BigDecimal missing,
                              SortedMap<Integer, YearMissing> perYear) {

    public MarketplaceItem {
        perYear = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(perYear));
    }

    /** One year: what the applicant said is missing, what confirmed pledges bring, what is still missing (never below 0). */
    public record YearMissing(BigDecimal sought, BigDecimal confirmed, BigDecimal missing) {
    }
}
