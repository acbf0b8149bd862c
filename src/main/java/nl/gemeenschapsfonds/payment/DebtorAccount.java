package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Iban;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * The authority's paying account for the pain.001 file, from configuration
 * ({@code app.payments.debtor-name}, {@code -iban}, {@code -bic}). Checked at start-up: a wrong
 * IBAN or BIC would only show at the bank.
 */
@Component
class DebtorAccount {

    private static final Pattern BIC = Pattern.compile("^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$");

    private final Pain001.Debtor debtor;

    DebtorAccount(@Value("${app.payments.debtor-name:Gemeenschapsfonds}") String name,
                  @Value("${app.payments.debtor-iban:NL91ABNA0417164300}") String iban,
                  @Value("${app.payments.debtor-bic:ABNANL2A}") String bic) {
        if (!BIC.matcher(bic).matches()) {
            throw new IllegalStateException("app.payments.debtor-bic is not a valid BIC");
        }
        this.debtor = new Pain001.Debtor(name, new Iban(iban).value(), bic);
    }

    Pain001.Debtor debtor() {
        return debtor;
    }
}
