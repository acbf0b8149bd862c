/**
 * Who may do what: users, their role and their scope (authority, organisation or funder),
 * sign-in with a password, protected by growing delays (not a lock-out others can trigger), password reset and
 * the account page (docs/adr/0020-local-identity.md), or through an identity provider (OIDC per authority,
 * DigiD/eHerkenning through a broker; docs/adr/0021-identity-oidc-and-broker.md), and the web security configuration.
 */
package nl.gemeenschapsfonds.security;
