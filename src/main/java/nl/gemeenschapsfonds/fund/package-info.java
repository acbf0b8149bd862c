/** Funds of an authority with their budget per year, and the calls (regelingen) that spend them. */
package nl.gemeenschapsfonds.fund;
