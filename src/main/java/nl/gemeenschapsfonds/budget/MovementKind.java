package nl.gemeenschapsfonds.budget;

/** The kinds of money movement in the ledger. */
public enum MovementKind {
    /** The council's budget of a fund for a year is set or changed (by the difference). */
    BUDGET,
    /** A call's ceiling for a year is set or changed (by the difference): reserving is not granting. */
    RESERVE,
    /** A grant decision commits money against a call-year ceiling. */
    COMMIT,
    /** A lower settlement, a withdrawal or an objection gives committed money back to the year. */
    RELEASE,
    /** Money paid to the recipient. */
    PAY,
    /** Money paid back by the recipient after a repayment claim. */
    REPAY
}
