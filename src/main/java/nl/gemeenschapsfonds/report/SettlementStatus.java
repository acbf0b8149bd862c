package nl.gemeenschapsfonds.report;

/** A reviewer proposes, a decision maker who is not the proposer settles. */
public enum SettlementStatus {
    PROPOSED, SETTLED
}
