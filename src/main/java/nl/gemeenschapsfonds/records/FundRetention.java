package nl.gemeenschapsfonds.records;

/** A fund of the administrator's authority with its retention terms (its own where set, else the defaults). */
public record FundRetention(long fundId, String fundName, RetentionTerms terms) {
}
