package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** camt.053 statements: validated against the schema first, then read entry by entry like the CSV. */
class BankStatementCamtTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final LocalDate DAY = LocalDate.of(2027, 3, 4);

    private static List<StatementLine> read(byte[] content) {
        return new BankStatementCamt(TODAY).read(content);
    }

    private static List<String> problems(byte[] content) {
        try {
            read(content);
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(BankStatementCamtTest::text).toList();
        }
        throw new AssertionError("the file was accepted");
    }

    static String text(InvalidInputException.Problem problem) {
        return problem.messageKey() + " " + String.join("|", java.util.Arrays.stream(problem.args()).map(String::valueOf).toList());
    }

    @Test
    void the_documented_sample_with_a_returned_payment_costs_a_repayment_and_a_bban_is_read_line_by_line() throws IOException {
        List<StatementLine> lines = read(Files.readAllBytes(Path.of("docs/samples/bank-statement-camt053.xml")));

        assertThat(lines).extracting(StatementLine::lineNumber, StatementLine::bookingDate, StatementLine::amount,
                        StatementLine::counterpartyIban, StatementLine::counterpartyName, StatementLine::endToEndId,
                        StatementLine::returnReason)
                .containsExactly(
                        tuple(1, DAY, new java.math.BigDecimal("-10000.00"), "NL91ABNA0417164300", "Vereniging Dorpshuis De Linde", "GF-2027-000001-1", null),
                        tuple(2, DAY, new java.math.BigDecimal("-2500.00"), "NL20INGB0001234567", "Stichting Speeltuin Welsum", "GF-2027-000002-1", null),
                        tuple(3, DAY.plusDays(1), new java.math.BigDecimal("2500.00"), "NL20INGB0001234567", "Stichting Speeltuin Welsum", "GF-2027-000002-1", "AC04"),
                        tuple(4, DAY.plusDays(1), new java.math.BigDecimal("-2.50"), null, "", null, null),
                        tuple(5, DAY.plusDays(1), new java.math.BigDecimal("1250.00"), "NL02ABNA0123456789", "Dorpscooperatie Welsum", null, null),
                        tuple(6, DAY.plusDays(1), new java.math.BigDecimal("-750.00"), null, "Sportvereniging Olst", "GF-2027-000003-1", null));
        assertThat(lines.subList(0, 5)).allMatch(StatementLine::readable);
        assertThat(lines.getLast().problems()).singleElement()
                .satisfies(p -> assertThat(text(p)).isEqualTo("statement.line.notIban 6|123456789"));
    }

    @Test
    void a_pending_entry_and_a_card_number_are_kept_as_lines_not_to_match_while_the_others_are_read() {
        List<StatementLine> lines = read(Camt053.statement(
                Camt053.debit(DAY, "100.00", "Dorpshuis", "NL91ABNA0417164300", "GF-2027-000001-1"),
                Camt053.pending(DAY, "200.00", "NL91ABNA0417164300", "GF-2027-000001-2"),
                Camt053.debit(DAY, "300.00", "Kaart", "5412751234123456", "GF-2027-000001-3")));

        assertThat(lines).extracting(StatementLine::readable).containsExactly(true, false, false);
        assertThat(lines.get(1).problems().getFirst().messageKey()).isEqualTo("statement.camt.notBooked");
        assertThat(lines.get(2).problems().getFirst().messageKey()).isEqualTo("statement.line.notIban");
        assertThat(lines.get(2).amount()).as("what could be read is shown").isEqualByComparingTo("-300.00");
    }

    @Test
    void the_reference_in_the_remittance_information_is_used_when_the_end_to_end_id_is_not_provided() {
        List<StatementLine> lines = read(Camt053.statement(Camt053.debit(DAY, "100.00", "Dorpshuis", "NL91ABNA0417164300",
                "NOTPROVIDED").replace("</RltdPties>", "</RltdPties><RmtInf><Ustrd>Kenmerk gf-2027-000001-v</Ustrd></RmtInf>")));
        assertThat(lines.getFirst().endToEndId()).isEqualTo("GF-2027-000001-V");
    }

    @Test
    void a_camt_053_001_08_statement_is_read_the_same_way() {
        String v08 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>V08-1</MsgId><CreDtTm>2027-03-05T06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>V08-STMT-1</Id>
                      <Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2027-03-04</Dt></Dt></Bal>
                      <Ntry><Amt Ccy="EUR">600.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2027-03-04</Dt></BookgDt>
                        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                        <NtryDtls>
                          <TxDtls><Refs><EndToEndId>GF-2027-000001-1</EndToEndId></Refs><Amt Ccy="EUR">400.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
                            <RltdPties><Cdtr><Pty><Nm>Dorpshuis</Nm></Pty></Cdtr><CdtrAcct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></CdtrAcct></RltdPties></TxDtls>
                          <TxDtls><Refs><EndToEndId>GF-2027-000002-1</EndToEndId></Refs><Amt Ccy="EUR">200.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
                            <RltdPties><Cdtr><Pty><Nm>Speeltuin</Nm></Pty></Cdtr><CdtrAcct><Id><IBAN>NL20INGB0001234567</IBAN></Id></CdtrAcct></RltdPties></TxDtls>
                        </NtryDtls>
                      </Ntry>
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """;
        assertThat(read(v08.getBytes(StandardCharsets.UTF_8)))
                .as("a batch booking: one line per transaction, each with its own amount")
                .extracting(StatementLine::amount, StatementLine::counterpartyName, StatementLine::endToEndId)
                .containsExactly(tuple(new java.math.BigDecimal("-400.00"), "Dorpshuis", "GF-2027-000001-1"),
                        tuple(new java.math.BigDecimal("-200.00"), "Speeltuin", "GF-2027-000002-1"));
    }

    @Test
    void a_file_that_is_not_a_camt_053_statement_is_refused_with_a_reason() {
        assertThat(problems("Datum;Bedrag\n".getBytes(StandardCharsets.UTF_8))).singleElement().asString()
                .startsWith("statement.camt.notXml");
        assertThat(problems("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\"/>".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("statement.camt.message urn:iso:std:iso:20022:tech:xsd:camt.052.001.02");
        // a statement without its required balance is not valid against the schema
        byte[] noBalance = new String(Camt053.statement(Camt053.costs(DAY, "1.00")), StandardCharsets.UTF_8)
                .replaceAll("<Bal>.*</Bal>", "").getBytes(StandardCharsets.UTF_8);
        assertThat(problems(noBalance)).first().asString().startsWith("statement.camt.invalid ");
        assertThat(problems(Camt053.statement())).containsExactly("statement.file.noLines ");
    }

    @Test
    void a_doctype_with_an_external_entity_is_refused_before_anything_is_resolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&secret;</Document>
                """;
        assertThatThrownBy(() -> read(xxe.getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().getFirst().messageKey()).isEqualTo("statement.camt.notXml"));
    }

    @Test
    void xml_is_told_from_csv_by_its_content() {
        assertThat(BankStatementCamt.looksLikeXml("\uFEFF  <?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(BankStatementCamt.looksLikeXml("Datum;Bedrag\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
