package nl.gemeenschapsfonds.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant was settled (vastgesteld): at once with its decision, or after the final report or on the authority's
 * own motion. Published inside the settling transaction, so listeners commit or roll back with it.
 */
public record GrantSettled(long applicationId, BigDecimal settled, LocalDate settledOn) {
}
