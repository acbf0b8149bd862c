/**
 * Applicant organisations (associations, foundations, village cooperatives and village-shop
 * companies): self-registration with e-mail confirmation, the organisation profile (KvK, IBAN,
 * address, municipality) and whether it is complete enough to submit, and inviting colleagues.
 * See docs/adr/0005-registration.md.
 */
package nl.gemeenschapsfonds.organisation;
