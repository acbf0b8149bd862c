/** The authority's side of applications: the work queue, intake, assessment, decisions and the legal clock. */
package nl.gemeenschapsfonds.review;
