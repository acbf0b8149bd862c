/**
 * The public grant register (subsidieregister) and its open data: a read model of the grants decided, fed by the
 * decision and settlement events in their own transactions, filtered by what an authority does not publish
 * (natural persons, grants under the call's minimum, grants held back with a reason); the 360Giving export.
 */
package nl.gemeenschapsfonds.register;
