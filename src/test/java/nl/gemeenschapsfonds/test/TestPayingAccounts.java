package nl.gemeenschapsfonds.test;

import nl.gemeenschapsfonds.fund.PayingAccount;

/** The paying account the test funds pay from: a made-up municipal account with valid check digits. */
public final class TestPayingAccounts {

    public static final String IBAN = "NL35BNGH0285167890";
    public static final PayingAccount.Form FORM = new PayingAccount.Form("Gemeente Testdorp", IBAN, "BNGHNL2G");

    private TestPayingAccounts() {
    }
}
