package nl.gemeenschapsfonds.payment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;

/** The typed way to the payment module's pages (its views stay package-private): finance's payments and the statement import. */
public final class PaymentNavigation {

    private PaymentNavigation() {
    }

    /** Finance: the payments of the authority. */
    public static void toPayments() {
        UI.getCurrent().navigate(PaymentsView.class);
    }

    /** Finance: importing a bank statement. */
    public static void toStatementImport() {
        UI.getCurrent().navigate(BankStatementView.class);
    }

    /** A link to the payments, with this text. */
    public static RouterLink paymentsLink(String text) {
        return new RouterLink(text, PaymentsView.class);
    }

    /** A link to the statement import, with this text. */
    public static RouterLink statementImportLink(String text) {
        return new RouterLink(text, BankStatementView.class);
    }
}
