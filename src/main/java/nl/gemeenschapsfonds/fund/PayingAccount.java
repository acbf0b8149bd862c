package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The account a fund pays from: the debtor of its SEPA transfers. The name is the legal name of the authority that
 * owns the fund (the municipality), as the bank knows the account holder; the IBAN's check digits are checked
 * ({@link Iban}); the BIC is the bank's. Set by an administrator on the fund page; there is no default.
 */
public record PayingAccount(String name, String iban, String bic) {

    private static final Pattern BIC = Pattern.compile("^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$");

    /** SEPA's limit for a debtor name. */
    public static final int MAX_NAME = 70;

    public PayingAccount {
        if (!problems(name, iban, bic).isEmpty()) {
            throw new IllegalArgumentException("Not a valid paying account: " + problems(name, iban, bic));
        }
        name = name.strip();
        iban = new Iban(iban).value();
        bic = bic.strip().toUpperCase(Locale.ROOT);
    }

    /** The three fields as the fund page has them, typed or empty; {@link #problems} says what is wrong with them. */
    public record Form(String name, String iban, String bic) {

        public boolean isEmpty() {
            return blank(name) && blank(iban) && blank(bic);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    /** The IBAN grouped by four, as people read it. */
    public String ibanFormatted() {
        return new Iban(iban).formatted();
    }

    /** What is wrong with these fields, each at its field ({@code payerName}, {@code payerIban}, {@code payerBic}). */
    public static List<Problem> problems(String name, String iban, String bic) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new Problem("payerName", "validation.required"));
        } else if (name.strip().length() > MAX_NAME) {
            problems.add(new Problem("payerName", "validation.tooLong", MAX_NAME));
        }
        if (iban == null || iban.isBlank()) {
            problems.add(new Problem("payerIban", "validation.required"));
        } else if (!Iban.isValid(iban)) {
            problems.add(new Problem("payerIban", "fund.payer.ibanInvalid"));
        }
        if (bic == null || bic.isBlank()) {
            problems.add(new Problem("payerBic", "validation.required"));
        } else if (!BIC.matcher(bic.strip().toUpperCase(Locale.ROOT)).matches()) {
            problems.add(new Problem("payerBic", "fund.payer.bicInvalid"));
        }
        return problems;
    }
}
