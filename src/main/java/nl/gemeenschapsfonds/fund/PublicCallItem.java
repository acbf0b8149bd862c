package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** An open call as the public sees it, with the budget still available this year and the years after. */
public record PublicCallItem(long id, String authorityName, String titleNl, String titleEn, String descriptionNl,
                             String descriptionEn, Set<FacilityType> facilityTypes, LocalDate openDate,
                             LocalDate closeDate, boolean rollingIntake, AllocationMethod allocationMethod,
                             BigDecimal maxGrant, SortedMap<Integer, BigDecimal> availablePerYear) {

    /** Copies: the item leaves the transaction, and the entity's facility types are a lazy collection. */
    public PublicCallItem {
        facilityTypes = facilityTypes == null || facilityTypes.isEmpty() ? Set.of() : Set.copyOf(facilityTypes);
        availablePerYear = Collections.unmodifiableSortedMap(new TreeMap<>(availablePerYear));
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionNl;
    }
}
