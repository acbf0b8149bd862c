package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.templates.Templates;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The payment mail's body is the template {@code mail/payment-paid}, in the applicant's language (side19, issue 19). */
class PaymentMailTemplatesTest {

    private final Templates templates = new Templates("");

    private static Map<String, Object> paid(boolean finalPayment) {
        return Map.of("salutation", "Beste Ans de Vries,", "finalPayment", finalPayment, "paymentReference", "GF-2027-0001-V1",
                "amount", "€ 10.000,00", "paidOn", "04-01-2027", "accountEnd", "4300", "reference", "GF-2027-0001",
                "title", "Nieuw dak & <ramen>", "link", "https://example.test/applications/7");
    }

    @Test
    void an_advance_names_its_reference_amount_date_and_account_in_dutch() {
        String text = templates.renderText(PaymentMails.TEMPLATE, Locale.of("nl"), paid(false));
        assertThat(text).startsWith("Beste Ans de Vries,\n\n")
                .contains("Wij hebben het voorschot GF-2027-0001-V1 van € 10.000,00 op 04-01-2027 betaald op uw rekening "
                        + "eindigend op 4300, voor uw aanvraag GF-2027-0001 \"Nieuw dak & <ramen>\".")
                .contains("ziet u bij uw aanvraag: https://example.test/applications/7")
                .doesNotContain("slotbetaling");
    }

    @Test
    void the_final_payment_is_called_so_in_english() {
        String text = templates.renderText(PaymentMails.TEMPLATE, Locale.ENGLISH, paid(true));
        assertThat(text).contains("We paid the final payment of € 10.000,00 on 04-01-2027 to your account ending in 4300")
                .doesNotContain("advance").doesNotContain("GF-2027-0001-V1");
    }
}
