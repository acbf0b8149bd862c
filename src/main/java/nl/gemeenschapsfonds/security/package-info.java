/**
 * Who may do what: users, their role and their scope (authority, organisation or funder),
 * sign-in protected by growing delays (not a lock-out others can trigger), password reset and the
 * account page, and the web security configuration (docs/adr/0016-local-identity.md).
 */
package nl.gemeenschapsfonds.security;
