/** Co-financing: funders, their pledges through PLEDGED → CONFIRMED → RECEIVED → VERIFIED, and matching rules. */
package nl.gemeenschapsfonds.cofinancing;
