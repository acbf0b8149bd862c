package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.fund.FacilityType;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything an applicant fills in, as the wizard shows and saves it. Every field may still be
 * empty in a draft; the submission rules decide what must be there. {@code id} is null for an
 * application not yet saved, {@code version} guards against two people overwriting each other.
 */
public record ApplicationDraft(Long id, long version, long callId,
                               FacilityType facilityType, String facilityName, String facilityStreet,
                               String facilityPostcode, String facilityCity, String facilityMunicipalityCode,
                               KindOfWork kindOfWork,
                               String title, String description, String targetGroups, Integer expectedVisitorsPerWeek,
                               String activities, String partners, String intervention,
                               LocalDate startDate, LocalDate endDate,
                               List<CostLine> costLines, List<FinancingLine> financingLines, boolean seekingCofinancing) {

    public ApplicationDraft {
        costLines = costLines == null ? List.of() : List.copyOf(costLines);
        financingLines = financingLines == null ? List.of() : List.copyOf(financingLines);
    }

    public static ApplicationDraft newDraft(long callId) {
        return new ApplicationDraft(null, 0, callId, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, List.of(), List.of(), false);
    }

    public FinancingPlan plan() {
        return new FinancingPlan(costLines, financingLines);
    }
}
