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

    static MarketplaceRow of(MarketplaceItem item) {
        // names many rows repeat (an organisation's projects) are shared, as the work queue's rows share theirs
        return new MarketplaceRow(item.applicationId(), item.reference(), item.title(),
                item.organisationName() == null ? null : item.organisationName().intern(), item.municipalityName(),
                item.status(), item.facilityType(), item.targetGroups(), item.expectedVisitorsPerWeek(), item.pledged(),
                item.missing());
    }
}
