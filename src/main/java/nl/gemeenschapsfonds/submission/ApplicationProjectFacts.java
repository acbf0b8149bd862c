package nl.gemeenschapsfonds.submission;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an application says about its project, as the public grant register publishes it once granted
 * ({@link ApplicationSummaries#projectFacts}): reference, title and description, the facility and where it is, the
 * grant asked and the project's period, and the call and organisation it belongs to (their names come from fund's
 * and organisation's APIs).
 */
public record ApplicationProjectFacts(long id, String reference, String title, String description, String facilityType,
                                      String facilityMunicipalityCode, BigDecimal amountRequested, LocalDate startDate,
                                      LocalDate endDate, long callId, long organisationId) {
}
