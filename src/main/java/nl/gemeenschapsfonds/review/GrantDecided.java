package nl.gemeenschapsfonds.review;

/**
 * A grant (whole or partly) was decided: the decision, its amounts and its advance payments are
 * stored. Published inside the decision maker's transaction, so listeners commit or roll back with it.
 */
public record GrantDecided(long applicationId, long decisionId) {
}
