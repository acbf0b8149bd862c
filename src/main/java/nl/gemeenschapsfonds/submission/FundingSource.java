package nl.gemeenschapsfonds.submission;

/** Where the money of a financing line comes from. GRANT is what is asked of the fund. */
public enum FundingSource {
    GRANT, MUNICIPALITY, PROVINCE, PRIVATE_FUNDER, OWN_FUNDS, IN_KIND, LOAN;

    /** Private co-financing for the call's rules: private funders, own funds and volunteer hours (not loans). */
    public boolean isPrivate() {
        return this == PRIVATE_FUNDER || this == OWN_FUNDS || this == IN_KIND;
    }
}
