/**
 * Who may do what: users, their role and their scope (authority, organisation or funder),
 * sign-in with a password (lock-out after repeated failures) or through an identity provider
 * (OIDC per authority, DigiD/eHerkenning through a broker; docs/adr/0016), and the web security configuration.
 */
package nl.gemeenschapsfonds.security;
