package nl.gemeenschapsfonds.cofinancing;

import java.math.BigDecimal;

/**
 * What a funder fills in to pledge: the year and amount, cash or in kind (with what is given; the
 * amount is then its valuation), and optional conditions.
 */
public record PledgeForm(long applicationId, Integer year, BigDecimal amount, PledgeKind kind, String description,
                         String conditions) {
}
