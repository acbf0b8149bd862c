/**
 * After the grant: the report obligations a decision sets (progress and final reports with their deadlines and
 * reminders), the reports themselves and their review, and the settlement (vaststelling) with its ledger outcomes:
 * release of the unused commitment, a final payment or a repayment claim. See docs/adr/0012.
 */
package nl.gemeenschapsfonds.report;
