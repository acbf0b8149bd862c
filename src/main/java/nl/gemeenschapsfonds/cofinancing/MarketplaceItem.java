package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.math.BigDecimal;

/**
 * A project that seeks co-financing, as the marketplace lists it. {@code missing} is defined in
 * {@link PledgeService#marketplace}.
 */
public record MarketplaceItem(long applicationId, String reference, String title, String organisationName,
                              ApplicationStatus status, FacilityType facilityType, String municipalityCode,
                              String municipalityName, String targetGroups, Integer expectedVisitorsPerWeek,
                              BigDecimal totalCosts, BigDecimal sought, BigDecimal pledged, BigDecimal missing) {
}
