package nl.gemeenschapsfonds.payment;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pain001Test {

    private static final Pain001.Debtor DEBTOR = new Pain001.Debtor("Gemeente Zwolle – Gemeenschapsfonds",
            "NL91ABNA0417164300", "ABNANL2A");

    private static Pain001.Message message(List<Pain001.Transaction> transactions) {
        return new Pain001.Message("GF20271201093000-ABC", Instant.parse("2027-12-01T08:30:00Z"),
                LocalDate.of(2027, 12, 3), DEBTOR, transactions);
    }

    @Test
    void a_batch_of_three_payments_is_valid_pain_001_001_03_and_its_counts_and_sums_add_up() throws Exception {
        byte[] file = Pain001.write(message(List.of(
                new Pain001.Transaction("GF-2027-000001-1", new BigDecimal("12500.00"), "Vereniging Dorpshuis Welsum",
                        "NL91ABNA0417164300", "Subsidie GF-2027-000001 voorschot GF-2027-000001-1"),
                new Pain001.Transaction("GF-2027-000002-1", new BigDecimal("0.01"), "Stichting Café De Brug",
                        "NL91ABNA0417164300", "Subsidie GF-2027-000002"),
                new Pain001.Transaction("GF-2027-000002-2", new BigDecimal("987654.99"), "Dorpscoöperatie ‘t Hoekje & Zn",
                        "NL91ABNA0417164300", "Subsidie GF-2027-000002"))));

        Pain001Xml.validate(file);
        Pain001Xml.Figures figures = Pain001Xml.figures(file);
        assertThat(figures.headerCount()).isEqualTo(3).isEqualTo(figures.infoCount()).isEqualTo(figures.transactions());
        assertThat(figures.headerSum()).isEqualByComparingTo("1000155.00")
                .isEqualByComparingTo(figures.infoSum()).isEqualByComparingTo(figures.transactionSum());

        Document document = Pain001Xml.parse(file);
        assertThat(Pain001Xml.texts(document, "EndToEndId"))
                .containsExactly("GF-2027-000001-1", "GF-2027-000002-1", "GF-2027-000002-2");
        assertThat(Pain001Xml.texts(document, "Ustrd")).first().isEqualTo("Subsidie GF-2027-000001 voorschot GF-2027-000001-1");
        assertThat(Pain001Xml.texts(document, "ReqdExctnDt")).containsExactly("2027-12-03");
        assertThat(Pain001Xml.texts(document, "CreDtTm")).containsExactly("2027-12-01T09:30:00");
        assertThat(Pain001Xml.texts(document, "BIC")).containsExactly("ABNANL2A");
    }

    @Test
    void names_are_reduced_to_the_sepa_character_set_and_cut_to_the_schema_length() throws Exception {
        byte[] file = Pain001.write(message(List.of(new Pain001.Transaction("GF-1", new BigDecimal("10.00"),
                "Dorpscoöperatie ‘t Hoekje & Zn " + "x".repeat(100), "NL91ABNA0417164300", "Café"))));

        Pain001Xml.validate(file);
        List<String> names = Pain001Xml.texts(Pain001Xml.parse(file), "Nm");
        assertThat(names.get(0)).isEqualTo("Gemeente Zwolle Gemeenschapsfonds");
        assertThat(names.get(2)).startsWith("Dorpscooperatie t Hoekje Zn xxx").hasSize(70);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("<Ustrd>Cafe</Ustrd>");
    }

    @Test
    void an_empty_batch_or_an_amount_of_zero_is_refused() {
        assertThatThrownBy(() -> message(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pain001.Transaction("GF-1", BigDecimal.ZERO, "X", "NL91ABNA0417164300", "Y"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
