/**
 * The authority's side of applications: the work queue, intake, assessment, decisions and the legal clock.
 *
 * <p>Owns the tables of intake, assessment, decision and objection; others read decisions through {@link
 * nl.gemeenschapsfonds.review.Decisions} and its events ({@link nl.gemeenschapsfonds.review.GrantDecided},
 * {@link nl.gemeenschapsfonds.review.DecisionTaken}). Applications move through submission's
 * {@code ApplicationTransitions}; the rules sit in named policies ({@code DecisionPolicy}, {@code FourEyesPolicy},
 * {@code ObjectionDeadlinePolicy}, {@code ObjectionDecisionPolicy}); letters, mails and audit entries follow from the
 * module's events.</p>
 */
package nl.gemeenschapsfonds.review;
