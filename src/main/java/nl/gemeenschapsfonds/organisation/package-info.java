/**
 * Applicant organisations (associations, foundations, village cooperatives and village-shop
 * companies): self-registration with e-mail confirmation, the organisation profile (KvK, IBAN,
 * address, municipality) and whether it is complete enough to submit, and inviting colleagues.
 * See docs/adr/0005-registration.md. Also the funders as parties with accounts: administrators
 * manage them and invite their users, a funder registers itself and waits for activation
 * (docs/adr/0011-funders-missing-amounts-conditional-grants.md); their pledges are in cofinancing.
 */
package nl.gemeenschapsfonds.organisation;
