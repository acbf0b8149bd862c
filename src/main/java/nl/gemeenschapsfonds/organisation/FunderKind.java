package nl.gemeenschapsfonds.organisation;

/** What kind of organisation a funder is. */
public enum FunderKind {
    COMPANY, FOUNDATION, PROVINCE, MUNICIPALITY, OTHER
}
