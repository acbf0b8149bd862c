package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.fund.FacilityType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything an applicant fills in, as the wizard shows and saves it. Every field may still be
 * empty in a draft; the submission rules decide what must be there. {@code id} is null for an
 * application not yet saved, {@code version} guards against two people overwriting each other.
 * {@code missingCofinancing} is the co-financing still missing per year of the project, entered when the
 * applicant seeks co-financing (see {@link CoFinancingSought}).
 */
public record ApplicationDraft(Long id, long version, long callId,
                               FacilityType facilityType, String facilityName, String facilityStreet,
                               String facilityPostcode, String facilityCity, String facilityMunicipalityCode,
                               KindOfWork kindOfWork,
                               String title, String description, String targetGroups, Integer expectedVisitorsPerWeek,
                               String activities, String partners, String intervention,
                               LocalDate startDate, LocalDate endDate,
                               List<CostLine> costLines, List<FinancingLine> financingLines, boolean seekingCofinancing,
                               SortedMap<Integer, BigDecimal> missingCofinancing) {

    public ApplicationDraft {
        costLines = costLines == null ? List.of() : List.copyOf(costLines);
        financingLines = financingLines == null ? List.of() : List.copyOf(financingLines);
        missingCofinancing = missingCofinancing == null ? new TreeMap<>() : new TreeMap<>(missingCofinancing);
    }

    /** A draft without amounts missing per year. */
    public ApplicationDraft(Long id, long version, long callId,
                            FacilityType facilityType, String facilityName, String facilityStreet,
                            String facilityPostcode, String facilityCity, String facilityMunicipalityCode,
                            KindOfWork kindOfWork,
                            String title, String description, String targetGroups, Integer expectedVisitorsPerWeek,
                            String activities, String partners, String intervention,
                            LocalDate startDate, LocalDate endDate,
                            List<CostLine> costLines, List<FinancingLine> financingLines, boolean seekingCofinancing) {
        this(id, version, callId, facilityType, facilityName, facilityStreet, facilityPostcode, facilityCity,
                facilityMunicipalityCode, kindOfWork, title, description, targetGroups, expectedVisitorsPerWeek, activities,
                partners, intervention, startDate, endDate, costLines, financingLines, seekingCofinancing, null);
    }

    /** The same draft with these amounts missing per year. */
    public ApplicationDraft withMissingCofinancing(SortedMap<Integer, BigDecimal> missing) {
        return new ApplicationDraft(id, version, callId, facilityType, facilityName, facilityStreet, facilityPostcode,
                facilityCity, facilityMunicipalityCode, kindOfWork, title, description, targetGroups, expectedVisitorsPerWeek,
                activities, partners, intervention, startDate, endDate, costLines, financingLines, seekingCofinancing, missing);
    }

    /** The years of the project: from the start to the end date when both are set, else the years of the cost budget. */
    public java.util.SortedSet<Integer> projectYears() {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        if (startDate != null && endDate != null && !endDate.isBefore(startDate) && endDate.getYear() - startDate.getYear() < 20) {
            for (int year = startDate.getYear(); year <= endDate.getYear(); year++) {
                years.add(year);
            }
            return years;
        }
        years.addAll(plan().costsPerYear().keySet());
        return years;
    }

    public FinancingPlan plan() {
        return new FinancingPlan(costLines, financingLines);
    }
}
