/**
 * The read API {@code /api/v1} after the Dutch API Design Rules 2.1 (core): public calls and register grants, and
 * for an authority's integration clients (OAuth2 client credentials, JWT) its applications, decisions, payments and
 * pledges. Read-only. See docs/adr/0022-public-register-and-read-api.md.
 */
package nl.gemeenschapsfonds.api;
