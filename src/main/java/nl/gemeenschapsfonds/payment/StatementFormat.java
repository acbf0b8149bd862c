package nl.gemeenschapsfonds.payment;

/**
 * The format of an uploaded bank statement: as the content shows it ({@code AUTO}: XML is camt.053, anything else
 * CSV), or as finance chose it.
 */
public enum StatementFormat {
    AUTO, CSV, CAMT053
}
