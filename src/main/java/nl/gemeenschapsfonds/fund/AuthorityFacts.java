package nl.gemeenschapsfonds.fund;

/** An authority (a municipality, or a national body) that owns funds, as other modules read it ({@link Funds}). */
public record AuthorityFacts(long id, String code, String name) {
}
