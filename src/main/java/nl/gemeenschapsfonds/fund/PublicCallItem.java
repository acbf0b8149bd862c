package nl.gemeenschapsfonds.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An open (or soon opening) call as the public sees it, with the budget still available this year and the
 * years after, its minimum private co-financing with what counts for it, and the amount up to which a
 * grant is settled with the decision, and its amendments after publication. {@code opensLater}: published, but the intake starts on {@code openDate}.
 */
public record PublicCallItem(long id, String authorityName, String titleNl, String titleEn, String descriptionNl,
                             String descriptionEn, Set<FacilityType> facilityTypes, LocalDate openDate,
                             LocalDate closeDate, boolean rollingIntake, AllocationMethod allocationMethod,
                             BigDecimal maxGrant, SortedMap<Integer, BigDecimal> availablePerYear,
                             boolean opensLater, BigDecimal minPrivateSharePercent,
                             Set<CoFinancingSource> privateShareCounts, BigDecimal settleAtOnceUpTo,
                             java.util.List<CallAmendment> amendments) {

    /** Copies: the item leaves the transaction, and the entity's facility types are a lazy collection. */
    public PublicCallItem {
        facilityTypes = facilityTypes == null || facilityTypes.isEmpty() ? Set.of() : Set.copyOf(facilityTypes);
        availablePerYear = Collections.unmodifiableSortedMap(new TreeMap<>(availablePerYear));
        privateShareCounts = privateShareCounts == null ? Set.of() : Set.copyOf(privateShareCounts);
        amendments = amendments == null ? java.util.List.of() : java.util.List.copyOf(amendments);
    }

    /** An open call without co-financing minimum or settlement at once. */
    public PublicCallItem(long id, String authorityName, String titleNl, String titleEn, String descriptionNl,
                          String descriptionEn, Set<FacilityType> facilityTypes, LocalDate openDate,
                          LocalDate closeDate, boolean rollingIntake, AllocationMethod allocationMethod,
                          BigDecimal maxGrant, SortedMap<Integer, BigDecimal> availablePerYear) {
        this(id, authorityName, titleNl, titleEn, descriptionNl, descriptionEn, facilityTypes, openDate, closeDate,
                rollingIntake, allocationMethod, maxGrant, availablePerYear, false, null, Set.of(), null, java.util.List.of());
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleNl;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionNl;
    }
}
