package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.fund.FacilityType;

import java.math.BigDecimal;

/** The marketplace's filters; a null filter does not filter. */
public record MarketplaceFilter(String municipalityCode, FacilityType facilityType, BigDecimal minimumMissing) {

    public static MarketplaceFilter none() {
        return new MarketplaceFilter(null, null, null);
    }
}
