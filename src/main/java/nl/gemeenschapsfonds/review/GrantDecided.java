package nl.gemeenschapsfonds.review;

/**
 * A grant (whole or partly) was decided: the decision, its amounts and its advance payments are
 * stored. Published inside the decision maker's transaction, so listeners commit or roll back with it.
 * {@code settledAtOnce}: the grant is settled with the decision itself (a small grant in a call that
 * allows it, without a co-financing condition), as its letter says; no reports are owed.
 */
public record GrantDecided(long applicationId, long decisionId, boolean settledAtOnce) {
}
