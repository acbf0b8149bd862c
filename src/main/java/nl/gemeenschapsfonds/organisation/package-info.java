/** Applicant organisations: associations, foundations, village cooperatives and village-shop companies. */
package nl.gemeenschapsfonds.organisation;
