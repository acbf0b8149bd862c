package nl.gemeenschapsfonds.organisation;

/**
 * Who a grant is paid to: the organisation, its IBAN as recorded in its profile (possibly none yet, or not checked
 * again since) and the account holder's name.
 *
 * @param accountHolder the name the account is in, as the profile has it (possibly none)
 */
public record Payee(long organisationId, String legalName, String iban, String accountHolder) {

    /** The name a transfer goes to: the account holder, or else the organisation's legal name. */
    public String holder() {
        return accountHolder != null ? accountHolder : legalName;
    }
}
