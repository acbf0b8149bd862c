package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankStatementCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    private static List<StatementLine> read(String csv) {
        return new BankStatementCsv(TODAY).read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(String csv) {
        try {
            read(csv);
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(p -> p.messageKey() + " " + String.join("|",
                    Stream.of(p.args()).map(String::valueOf).toList())).toList();
        }
        throw new AssertionError("the statement was accepted");
    }

    @Test
    void the_documented_layout_with_semicolons_and_decimal_comma_is_read() {
        List<StatementLine> lines = read("""
                Datum;Bedrag;Tegenrekening IBAN/BBAN;Naam tegenpartij;End-to-End ID;Omschrijving
                2027-03-04;-10.000,00;NL91 ABNA 0417 1643 00;Vereniging Dorpshuis De Linde;GF-2027-000001-1;Subsidie
                2027-03-04;-2,50;;Bankkosten;;Kosten betalingsverkeer
                2027-03-05;1.250,00;NL20INGB0001234567;Dorpscooperatie Welsum;NOTPROVIDED;Terugbetaling
                """);

        assertThat(lines).containsExactly(
                new StatementLine(2, LocalDate.of(2027, 3, 4), new BigDecimal("-10000.00"), "NL91ABNA0417164300",
                        "Vereniging Dorpshuis De Linde", "GF-2027-000001-1"),
                new StatementLine(3, LocalDate.of(2027, 3, 4), new BigDecimal("-2.50"), null, "Bankkosten", null),
                new StatementLine(4, LocalDate.of(2027, 3, 5), new BigDecimal("1250.00"), "NL20INGB0001234567",
                        "Dorpscooperatie Welsum", null));
        assertThat(lines.getFirst().isDebit()).isTrue();
        assertThat(lines.getLast().isDebit()).isFalse();
    }

    @Test
    void the_documented_sample_file_is_read() throws IOException {
        List<StatementLine> lines = new BankStatementCsv(TODAY).read(Files.readAllBytes(Path.of("docs/samples/bankafschrift-voorbeeld.csv")));
        assertThat(lines).extracting(StatementLine::endToEndId).containsExactly("GF-2027-000001-1", null, null);
        assertThat(lines).extracting(StatementLine::isDebit).containsExactly(true, true, false);
    }

    @Test
    void a_rabobank_export_with_commas_quotes_and_extra_columns_is_read_by_column_name() {
        List<StatementLine> lines = read("""
                "IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn","Tegenrekening IBAN/BBAN","Naam tegenpartij","End-to-End ID","Omschrijving-1"
                "NL44RABO0123456789","EUR","RABONL2U","000000000000001234","2027-03-04","2027-03-04","-15000,00","+85000,00","NL91ABNA0417164300","Dorpshuis \"\"De Linde\"\"","GF-2027-000001-2","Subsidie, voorschot"
                """);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualByComparingTo("-15000.00");
            assertThat(line.counterpartyName()).isEqualTo("Dorpshuis \"De Linde\"");
            assertThat(line.endToEndId()).isEqualTo("GF-2027-000001-2");
            assertThat(line.bookingDate()).isEqualTo(LocalDate.of(2027, 3, 4));
        });
    }

    @Test
    void an_ing_export_with_af_bij_reads_the_reference_from_the_description() {
        List<StatementLine> lines = read("""
                "Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen"
                "20270304";"Dorpshuis De Linde";"NL69INGB0123456789";"NL91ABNA0417164300";"OV";"Af";"10000,00";"Overschrijving";"Naam: Dorpshuis Kenmerk: gf-2027-000001-1 Subsidie"
                "20270305";"Gemeente";"NL69INGB0123456789";"NL20INGB0001234567";"OV";"Bij";"12,50";"Overschrijving";"Retour"
                """);

        assertThat(lines).extracting(StatementLine::amount)
                .containsExactly(new BigDecimal("-10000.00"), new BigDecimal("12.50"));
        assertThat(lines.getFirst().endToEndId()).isEqualTo("GF-2027-000001-1");
        assertThat(lines.getLast().endToEndId()).isNull();
    }

    @Test
    void the_reference_of_a_final_payment_is_read_from_the_description_too() {
        List<StatementLine> lines = read("""
                "Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen"
                "20260304";"Dorpshuis De Linde";"NL69INGB0123456789";"NL91ABNA0417164300";"OV";"Af";"4000,00";"Overschrijving";"Kenmerk: GF-2027-000001-V vaststelling"
                """);
        assertThat(lines.getFirst().endToEndId()).isEqualTo("GF-2027-000001-V");
    }

    @Test
    void every_line_that_cannot_be_read_is_kept_with_its_number_and_reason_and_the_good_lines_are_read() {
        List<StatementLine> lines = read("""
                Datum;Bedrag;Tegenrekening IBAN/BBAN;Naam tegenpartij;End-to-End ID
                2027-03-04;-10.000,00;NL91ABNA0417164300;Goed;GF-2027-000001-1
                2027-02-30;-10,00;NL91ABNA0417164300;Geen datum;X
                2027-03-04;-10.00,0;NL91ABNA0417164300;Raar bedrag;X

                2027-03-04;-10,00;NL91ABNA0417164301;Fout IBAN;X
                2027-03-04;-10,00;NL91ABNA0417164300;Te weinig
                2027-03-11;-10,00;NL91ABNA0417164300;Morgen;X
                2027-03-04;0,00;NL91ABNA0417164300;Nul;X
                2027-03-04;-10,00;123456789;BBAN;GF-2027-000001-2
                2027-03-04;-10,00;5412 7512 3412 3456;Kaart;GF-2027-000001-3
                2027-03-04;"-10,00;NL91ABNA0417164300;Open quote;X
                2027-03-04;-10,00;NL91ABNA0417164300;Na de open quote;X
                """);

        assertThat(lines).filteredOn(StatementLine::readable).extracting(StatementLine::lineNumber).containsExactly(2);
        assertThat(lines).filteredOn(line -> !line.readable())
                .map(line -> BankStatementCamtTest.text(line.problems().getFirst())).containsExactly(
                        "statement.line.date 3|2027-02-30",
                        "statement.line.amount 4|-10.00,0",
                        "statement.line.notIban 6|NL91ABNA0417164301",
                        "statement.line.columns 7|4|5",
                        "statement.line.dateInFuture 8|2027-03-11",
                        "statement.line.zero 9",
                        "statement.line.notIban 10|123456789",
                        "statement.line.notIban 11|5412 7512 3412 3456",
                        // a quote that never closes runs to the end of the file (a quoted field may hold line breaks)
                        "statement.line.quote 12");
        assertThat(lines.get(7)).as("the BBAN line shows what could be read")
                .extracting(StatementLine::amount, StatementLine::counterpartyName, StatementLine::endToEndId)
                .containsExactly(new java.math.BigDecimal("-10.00"), "BBAN", "GF-2027-000001-2");
    }

    @Test
    void a_quoted_description_with_line_breaks_is_one_line_of_the_statement_numbered_where_it_starts() {
        List<StatementLine> lines = read("""
                "Datum";"Bedrag";"Tegenrekening";"Naam tegenpartij";"Omschrijving"
                "2027-03-04";"-10.000,00";"NL91ABNA0417164300";"Dorpshuis; ""De Linde\"\"";"Subsidie
                Kenmerk: GF-2027-000001-1
                voorschot"
                "2027-03-05";"-20,00";"";"Bank";"Kosten"
                """);

        assertThat(lines).extracting(StatementLine::lineNumber).containsExactly(2, 5);
        assertThat(lines.getFirst().counterpartyName()).isEqualTo("Dorpshuis; \"De Linde\"");
        assertThat(lines.getFirst().endToEndId()).isEqualTo("GF-2027-000001-1");
        assertThat(lines.getLast().amount()).isEqualByComparingTo("-20.00");
        // the same with Windows line ends
        assertThat(read("Datum,Bedrag,Tegenrekening,Omschrijving\r\n2027-03-04,\"-1,00\",,\"a\r\nGF-2027-000001-V2\"\r\n"))
                .singleElement().satisfies(line -> assertThat(line.endToEndId()).as("a later year's final payment")
                        .isEqualTo("GF-2027-000001-V2"));
    }

    @Test
    void amounts_are_euros_with_cents_in_the_dutch_or_english_way_and_nothing_ambiguous() {
        assertThat(BankStatementCsv.amount("-1.234,56")).isEqualByComparingTo("-1234.56");
        assertThat(BankStatementCsv.amount("+1234,56")).isEqualByComparingTo("1234.56");
        assertThat(BankStatementCsv.amount("-1,234.56")).isEqualByComparingTo("-1234.56");
        assertThat(BankStatementCsv.amount("1234.56")).isEqualByComparingTo("1234.56");
        assertThat(BankStatementCsv.amount("-500")).isEqualByComparingTo("-500.00");
        assertThat(BankStatementCsv.amount("1.234")).as("thousands or decimals?").isNull();
        assertThat(BankStatementCsv.amount("1,5")).isNull();
        assertThat(BankStatementCsv.amount("12,345")).isNull();
        assertThat(BankStatementCsv.amount("€ 10,00")).isNull();
        assertThat(BankStatementCsv.amount("")).isNull();
    }

    @Test
    void a_file_without_the_needed_columns_says_which_are_missing() {
        assertThat(problems("Datum,Naam,Rekening\n2027-03-04,X,Y\n"))
                .containsExactly("statement.file.header Bedrag, Tegenrekening IBAN/BBAN, End-to-End ID / Omschrijving");
        assertThat(problems("\n\n")).containsExactly("statement.file.empty ");
        assertThat(problems("Datum;Bedrag;Tegenrekening;Omschrijving\n")).containsExactly("statement.file.noLines ");
    }

    @Test
    void a_statement_whose_lines_are_all_bad_is_still_a_statement_and_each_line_is_shown() {
        StringBuilder csv = new StringBuilder("Datum;Bedrag;Tegenrekening;Omschrijving\n");
        for (int i = 0; i < 25; i++) {
            csv.append("gisteren;-1,00;;x\n");
        }
        assertThat(read(csv.toString())).hasSize(25).noneMatch(StatementLine::readable);
    }

    @Test
    void a_windows_1252_export_and_a_utf8_export_with_a_byte_order_mark_are_read() {
        byte[] latin = "Datum;Bedrag;Tegenrekening;Naam tegenpartij;Omschrijving\n2027-03-04;-1,00;;Coöperatie;x\n"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(new BankStatementCsv(TODAY).read(latin).getFirst().counterpartyName()).isEqualTo("Coöperatie");
        byte[] bom = ("\uFEFFDatum;Bedrag;Tegenrekening;Omschrijving\n2027-03-04;-1,00;;x\n").getBytes(StandardCharsets.UTF_8);
        assertThat(new BankStatementCsv(TODAY).read(bom)).hasSize(1);
    }

    /** The services' message keys are not seen by TranslationsTest (they are not passed to getTranslation). */
    @Test
    void every_statement_message_key_of_the_payment_code_has_a_dutch_and_an_english_text() throws IOException {
        Pattern key = Pattern.compile("\"((?:statement|payments)\\.[a-zA-Z.]+[a-zA-Z])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/gemeenschapsfonds/payment"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).contains("statement.line.amount", "statement.reason.iban", "payments.ibanChangedAgain");
        for (String language : List.of("nl", "en")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(texts.stringPropertyNames()).as(language).containsAll(used);
            for (StatementPreview.Outcome outcome : StatementPreview.Outcome.values()) {
                assertThat(texts.stringPropertyNames()).as(language).contains("statement.outcome." + outcome);
            }
        }
    }
}
