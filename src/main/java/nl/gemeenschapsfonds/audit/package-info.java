/**
 * The audit trail: who did what, when, with the state before and after, for every state change
 * and every money movement. Append-only, in the application and in the database.
 */
package nl.gemeenschapsfonds.audit;
