/**
 * Payments of grants: the advances of a decision become payment instructions, finance approves them
 * (four eyes), exports them as a SEPA credit transfer file (pain.001.001.03) and marks a batch paid,
 * which books the pay movements in the budget ledger. See docs/adr/0010-payments.md.
 */
package nl.gemeenschapsfonds.payment;
