/** Grant applications (aanvragen): drafts, the financing plan, attachments and submission. */
package nl.gemeenschapsfonds.submission;
