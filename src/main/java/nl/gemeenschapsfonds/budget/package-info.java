/**
 * The budget ledger: reserve (ceilings), commit (grants), release, pay and repay, per fund, call
 * and year. {@link nl.gemeenschapsfonds.budget.BudgetLedger} owns every money movement; the
 * database refuses any commitment past a ceiling or a fund's year budget, also under concurrency.
 * See docs/adr/0004-budget-ledger.md.
 */
package nl.gemeenschapsfonds.budget;
