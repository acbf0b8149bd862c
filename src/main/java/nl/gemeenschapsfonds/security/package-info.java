/**
 * Who may do what: users, their role and their scope (authority, organisation or funder),
 * sign-in with lock-out after repeated failures, and the web security configuration.
 */
package nl.gemeenschapsfonds.security;
