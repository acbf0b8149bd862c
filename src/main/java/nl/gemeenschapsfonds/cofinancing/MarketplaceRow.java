package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.submission.ApplicationStatus;

import java.math.BigDecimal;

/**
 * A project in the marketplace's list: only what its cells show (issue 20: a funder's session keeps the rows on
 * screen, so a row is light; the figures per year stay on the project page, {@link MarketplaceItem}). The figures are
 * those of {@link PledgeService#marketplace}.
 */
public record MarketplaceRow(long applicationId, String reference, String title, String organisationName,
                             String municipalityName, ApplicationStatus status, FacilityType facilityType, String targetGroups,
                             Integer expectedVisitorsPerWeek, BigDecimal pledged, BigDecimal missing) {
}
