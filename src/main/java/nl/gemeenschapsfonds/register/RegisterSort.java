package nl.gemeenschapsfonds.register;

/** The orders of the register; each has an index, so every page is a keyset read. */
public enum RegisterSort {
    /** newest decision first */
    NEWEST,
    /** largest grant first */
    LARGEST,
    /** recipient A to Z */
    RECIPIENT
}
