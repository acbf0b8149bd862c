package nl.gemeenschapsfonds.payment.ui;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.payment.BatchFile;
import nl.gemeenschapsfonds.payment.Camt053;
import nl.gemeenschapsfonds.payment.StatementFormat;
import nl.gemeenschapsfonds.payment.GrantWithAdvances;
import nl.gemeenschapsfonds.payment.PaymentFilter;
import nl.gemeenschapsfonds.payment.PaymentListItem;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.payment.PaymentStatus;
import nl.gemeenschapsfonds.payment.StatementPreview.Row;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class BankStatementViewTest extends KaribuViewTest {

    private static final String HEADER = "Datum;Bedrag;Tegenrekening IBAN/BBAN;Naam tegenpartij;End-to-End ID;Omschrijving";

    @Autowired
    GrantWithAdvances grants;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    PaymentService payments;

    @Autowired
    nl.gemeenschapsfonds.test.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void backToToday() {
        clock.reset();
    }

    private record Exported(String finance, PaymentListItem first, PaymentListItem second) {
    }

    /** A grant whose first advance (10.000) is approved and exported; the second (15.000) is only scheduled. */
    private Exported exported(String authority) throws Exception {
        GrantWithAdvances.Grant grant = grants.create(authority);
        String finance = grant.staff().finance();
        List<PaymentListItem> list = authorities.as(finance, () -> payments.payments(PaymentFilter.all()));
        authorities.as(finance, () -> {
            payments.approve(List.of(list.getFirst().id()));
            return null;
        });
        // executed once due; the bank's statement comes that day
        LocalDate executed = nl.gemeenschapsfonds.payment.PaymentDatesPolicy.earliestFor(list.getFirst().dueOn(), today());
        BatchFile ignored = authorities.as(finance, () -> payments.export(List.of(list.getFirst().id()), executed));
        clock.travelTo(executed);
        return new Exported(finance, list.get(0), list.get(1));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private static byte[] csv(String... lines) {
        return (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Upload upload() {
        return _get(Upload.class, spec -> spec.withId("statement-upload"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Row> grid() {
        return _get(Grid.class, spec -> spec.withId("statement-grid"));
    }

    private static List<String> errors() {
        // karibu finds visible components only: no visible error is no error
        return _find(Div.class, spec -> spec.withId("statement-errors")).stream()
                .flatMap(div -> div.getChildren()).map(c -> ((Paragraph) c).getText()).toList();
    }

    private static Button confirm() {
        return _get(Button.class, spec -> spec.withId("statement-confirm"));
    }

    @Test
    void finance_uploads_the_statement_sees_what_each_line_means_and_confirms_the_payment() throws Exception {
        Exported e = exported("Gemeente Afschriftscherm");
        login(e.finance());
        navigate("payments");
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("payments-import-statement")));
        _get(BankStatementView.class);
        assertThat(_get(Pre.class, spec -> spec.withId("statement-sample")).getText().strip())
                .as("the example on the page is the documented sample")
                .isEqualTo(Files.readString(Path.of("docs/samples/bankafschrift-voorbeeld.csv")).strip());
        assertThat(confirm().isEnabled()).isFalse();
        assertThat(upload().getMaxFileSize()).isEqualTo(2 * 1024 * 1024);
        assertThat(upload().getAcceptedFileTypes()).contains(".csv", "text/csv");

        String date = today().toString();
        _upload(upload(), "afschrift.csv", "text/csv", csv(
                date + ";-10.000,00;NL91ABNA0417164300;Dorpshuis;" + e.first().reference() + ";Subsidie",
                date + ";-15.000,00;NL91ABNA0417164300;Dorpshuis;" + e.second().reference() + ";Subsidie",
                date + ";-2,50;;Bankkosten;;Kosten"));

        assertThat(errors()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-summary")).getText()).isEqualTo(
                "afschrift.csv: 3 regels. Worden betaald: 1 (€ 10.000,00). Kloppen niet: 1. Al betaald: 0. Onbekend: 1. Ontvangsten: 0.");
        assertThat(GridKt._getFormatted(grid(), 0, "outcome")).isEqualTo("Wordt betaald: " + e.first().reference());
        assertThat(GridKt._getFormatted(grid(), 1, "outcome")).isEqualTo("Klopt niet met " + e.second().reference()
                + ": de betaling is Gepland en zit niet in een verzonden batch");
        assertThat(GridKt._getFormatted(grid(), 2, "outcome")).isEqualTo("Onbekend: geen betalingskenmerk");
        assertThat(GridKt._getFormatted(grid(), 0, "amount")).isEqualTo("€ -10.000,00");

        ButtonKt._click(confirm());

        assertThat(notificationTexts()).contains("1 betaling(en) als betaald geboekt, samen € 10.000,00.");
        assertThat(GridKt._getFormatted(grid(), 0, "outcome")).isEqualTo("Al betaald: " + e.first().reference()
                + ": geboekt op " + Formats.date(today(), java.util.Locale.of("nl")));
        assertThat(confirm().isEnabled()).isFalse();
        assertThat(authorities.as(e.finance(), () -> payments.payments(PaymentFilter.all())))
                .filteredOn(p -> p.id() == e.first().id()).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.PAID));
    }

    @Test
    void bad_lines_are_shown_as_not_matched_with_their_reason_and_only_a_file_that_is_no_statement_is_refused() throws Exception {
        Exported e = exported("Gemeente Foutregels");
        login(e.finance());
        navigate("payments/statement");

        _upload(upload(), "afschrift.csv", "text/csv", csv(
                today() + ";-10.000,00;NL91ABNA0417164300;Dorpshuis;" + e.first().reference() + ";Subsidie",
                today() + ";-tien;NL91ABNA0417164300;Dorpshuis;X;Y",
                today() + ";-15.000,00;123456789;Dorpshuis;" + e.second().reference() + ";Subsidie"));

        assertThat(errors()).isEmpty();
        assertThat(GridKt._getFormatted(grid(), 1, "outcome"))
                .isEqualTo("Niet gematcht: Regel 3: '-tien' is geen bedrag (bijvoorbeeld -1.234,56 of -1234.56).");
        assertThat(GridKt._getFormatted(grid(), 2, "outcome")).isEqualTo("Niet gematcht: Regel 4: de tegenrekening "
                + "'123456789' is geen IBAN (een BBAN of kaartnummer); deze regel kan niet aan een betaling gekoppeld worden.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-summary")).getText())
                .endsWith("Niet gematcht: 2 (zie de reden per regel; de rest wordt wel geboekt).");
        assertThat(confirm().isEnabled()).as("the rest is booked").isTrue();
        ButtonKt._click(confirm());
        assertThat(notificationTexts()).contains("1 betaling(en) als betaald geboekt, samen € 10.000,00.");

        _upload(upload(), "afschrift.pdf", "application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(errors()).containsExactly("Dit is geen CSV-bestand: kies het afschrift als .csv (of .txt) of als "
                + "camt.053 (.xml) uit uw internetbankieren.");
        assertThat(_find(Grid.class, spec -> spec.withId("statement-grid"))).isEmpty();
    }

    @Test
    void a_camt_053_statement_is_recognised_by_its_content_and_the_chosen_format_is_respected() throws Exception {
        Exported e = exported("Gemeente Camtscherm");
        login(e.finance());
        navigate("payments/statement");
        assertThat(upload().getAcceptedFileTypes()).contains(".xml", ".csv");
        byte[] camt = Camt053.statement(Camt053.debit(today(), "10000.00", "Dorpshuis", "NL91ABNA0417164300", e.first().reference()),
                Camt053.costs(today(), "2.50"));

        _upload(upload(), "camt053.xml", "application/xml", camt);
        assertThat(errors()).isEmpty();
        assertThat(GridKt._getFormatted(grid(), 0, "outcome")).isEqualTo("Wordt betaald: " + e.first().reference());
        assertThat(GridKt._getFormatted(grid(), 1, "outcome")).isEqualTo("Onbekend: geen betalingskenmerk");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<StatementFormat> format = _get(RadioButtonGroup.class, spec -> spec.withId("statement-format"));
        format.setValue(StatementFormat.CSV);
        _upload(upload(), "camt053.xml", "application/xml", camt);
        assertThat(errors()).containsExactly("Dit is geen CSV-bestand: kies het afschrift als .csv (of .txt) of als "
                + "camt.053 (.xml) uit uw internetbankieren.");

        format.setValue(StatementFormat.AUTO);
        _upload(upload(), "camt053.xml", "application/xml",
                "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt/></Document>"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(errors()).singleElement().asString().startsWith("Het camt.053-afschrift voldoet niet aan het XML-schema (regel 1): ");
    }

    @Test
    void the_messages_at_the_upload_are_in_english_for_an_english_user() throws Exception {
        Exported e = exported("Gemeente English");
        useEnglish();
        login(e.finance());
        navigate("payments/statement");

        _upload(upload(), "statement.csv", "text/csv", "Date,Name\n2026-01-01,x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(errors()).containsExactly(
                "The first line must name the columns; not found: Bedrag, Tegenrekening IBAN/BBAN, End-to-End ID / Omschrijving.");

        _upload(upload(), "statement.csv", "text/csv", csv(
                today() + ";-9.000,00;NL91ABNA0417164300;Dorpshuis;" + e.first().reference() + ";Subsidie",
                today() + ";-10,00;NL91ABNA0417164301;Dorpshuis;X;Y"));
        assertThat(errors()).isEmpty();
        assertThat(GridKt._getFormatted(grid(), 1, "outcome")).isEqualTo("Not matched: Line 3: the counterparty account "
                + "'NL91ABNA0417164301' is not an IBAN (a BBAN or card number); this line cannot be matched with a payment.");

        _upload(upload(), "statement.csv", "text/csv", csv(
                today() + ";-9.000,00;NL91ABNA0417164300;Dorpshuis;" + e.first().reference() + ";Subsidie"));
        assertThat(errors()).isEmpty();
        assertThat(GridKt._getFormatted(grid(), 0, "outcome")).isEqualTo("Does not agree with " + e.first().reference()
                + ": the bank paid €9,000.00, the payment is €10,000.00");
        assertThat(confirm().isEnabled()).isFalse();
    }
}
