package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.CallYearBalance;
import nl.gemeenschapsfonds.budget.MovementKind;
import nl.gemeenschapsfonds.payment.BankStatements.StatementFile;
import nl.gemeenschapsfonds.payment.StatementPreview.Outcome;
import nl.gemeenschapsfonds.payment.StatementPreview.Row;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing the bank's statement on real PostgreSQL: what is matched, what is booked, and what never is. */
@IntegrationTest
class BankStatementsIT {

    static final String HEADER = "Datum;Bedrag;Tegenrekening IBAN/BBAN;Naam tegenpartij;End-to-End ID;Omschrijving";
    static final String LINDE = "NL91ABNA0417164300";

    @Autowired
    GrantWithAdvances grants;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    PaymentService payments;

    @Autowired
    BankStatements statements;

    @Autowired
    BudgetLedger ledger;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.gemeenschapsfonds.test.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void backToToday() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    /** A grant whose first two advances (10.000 and 15.000, 2027) are approved and exported in one batch. */
    private record Exported(GrantWithAdvances.Grant grant, String finance, PaymentListItem first, PaymentListItem second,
                            PaymentListItem third, long batchId) {
    }

    private Exported exported(String authority) throws Exception {
        GrantWithAdvances.Grant grant = grants.create(authority);
        String finance = grant.staff().finance();
        List<PaymentListItem> list = all(finance);
        authorities.as(finance, () -> {
            payments.approve(List.of(list.get(0).id(), list.get(1).id()));
            return null;
        });
        // executed on the first business day the second advance is due; the bank's statement comes that day
        LocalDate executed = PaymentDatesPolicy.earliestFor(list.get(1).dueOn(), today());
        BatchFile file = authorities.as(finance, () -> payments.export(List.of(list.get(0).id(), list.get(1).id()), executed));
        clock.travelTo(executed);
        return new Exported(grant, finance, list.get(0), list.get(1), list.get(2), file.batchId());
    }

    private List<PaymentListItem> all(String finance) throws Exception {
        return authorities.as(finance, () -> payments.payments(PaymentFilter.all()));
    }

    private PaymentListItem payment(String finance, long id) throws Exception {
        return all(finance).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    static StatementFile csv(String... lines) {
        return new StatementFile("afschrift.csv", (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static String debit(LocalDate date, String amount, String iban, String endToEndId) {
        return String.join(";", date.toString(), "-" + amount, iban, "Dorpshuis", endToEndId, "Subsidie");
    }

    private StatementPreview preview(String finance, StatementFile file) throws Exception {
        return authorities.as(finance, () -> statements.preview(file));
    }

    private StatementPreview confirm(String finance, StatementFile file) throws Exception {
        return authorities.as(finance, () -> statements.confirm(file));
    }

    private BigDecimal paidInLedger(String finance, long callId) throws Exception {
        return authorities.as(finance, () -> ledger.sumOfMovements(callId, 2027, MovementKind.PAY));
    }

    private BatchListItem batch(String finance, long batchId) throws Exception {
        return authorities.as(finance, () -> payments.batches()).stream().filter(b -> b.id() == batchId).findFirst().orElseThrow();
    }

    @Test
    void the_statement_pays_the_matched_payments_on_the_booking_date_with_their_ledger_movements_once() throws Exception {
        Exported e = exported("Gemeente Afschrift");
        LocalDate booked = today();
        StatementFile file = csv(
                debit(booked, "10.000,00", LINDE, e.first().reference()),
                debit(booked, "15.000,00", "NL91 ABNA 0417 1643 00", e.second().reference().toLowerCase()),
                booked + ";-2,50;;Bankkosten;;Kosten",
                booked + ";125,00;NL20INGB0001234567;Dorpscooperatie;;Rente");

        StatementPreview preview = preview(e.finance(), file);
        assertThat(preview.rows()).extracting(Row::outcome)
                .containsExactly(Outcome.MATCHED, Outcome.MATCHED, Outcome.UNKNOWN, Outcome.CREDIT);
        assertThat(preview.matchedTotal()).isEqualByComparingTo("25000.00");
        assertThat(payment(e.finance(), e.first().id()).status()).as("a preview changes nothing").isEqualTo(PaymentStatus.APPROVED);
        assertThat(paidInLedger(e.finance(), e.grant().callId())).isEqualByComparingTo("0");

        StatementPreview booking = confirm(e.finance(), file);

        assertThat(booking.count(Outcome.MATCHED)).isEqualTo(2);
        for (PaymentListItem p : List.of(e.first(), e.second())) {
            PaymentListItem paid = payment(e.finance(), p.id());
            assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
            assertThat(paid.paidOn()).isEqualTo(booked);
        }
        assertThat(payment(e.finance(), e.third().id()).status()).isEqualTo(PaymentStatus.SCHEDULED);
        // the ledger: pay movements equal the paid amounts, and the call's paid figure is their sum
        assertThat(paidInLedger(e.finance(), e.grant().callId())).isEqualByComparingTo("25000.00");
        assertThat(authorities.as(e.finance(), () -> ledger.balance(e.grant().callId(), 2027)).map(CallYearBalance::paid).orElseThrow())
                .isEqualByComparingTo("25000.00");
        BatchListItem batch = batch(e.finance(), e.batchId());
        assertThat(batch.status()).isEqualTo(BatchListItem.BatchStatus.PAID);
        assertThat(batch.paidOn()).isEqualTo(booked);
        assertThat(authorities.as(e.finance(), () -> audit.history("PaymentInstruction", e.first().id())))
                .anySatisfy(entry -> {
                    assertThat(entry.getAction()).isEqualTo("PAYMENT_PAID");
                    assertThat(entry.getActor()).isEqualTo(e.finance());
                    assertThat(entry.getReason()).startsWith("bank statement afschrift.csv");
                });

        // the same statement again: already paid, nothing booked twice
        StatementPreview again = confirm(e.finance(), file);
        assertThat(again.rows()).extracting(Row::outcome)
                .containsExactly(Outcome.ALREADY_PAID, Outcome.ALREADY_PAID, Outcome.UNKNOWN, Outcome.CREDIT);
        assertThat(again.count(Outcome.MATCHED)).isZero();
        assertThat(paidInLedger(e.finance(), e.grant().callId())).isEqualByComparingTo("25000.00");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'BANK_STATEMENT_IMPORTED' and actor = ?")
                .param(e.finance()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void lines_that_name_a_payment_but_do_not_agree_are_explained_and_not_booked() throws Exception {
        Exported e = exported("Gemeente Verschil");
        StatementFile file = csv(
                debit(today(), "9.999,99", LINDE, e.first().reference()),
                debit(today(), "15.000,00", "NL20INGB0001234567", e.second().reference()),
                debit(today(), "20.000,00", LINDE, e.third().reference()),
                debit(today(), "15.000,00", LINDE, e.second().reference()),
                debit(today(), "5,00", LINDE, "GF-1999-000001-1"),
                debit(today().minusDays(1), "10.000,00", LINDE, "NOTPROVIDED"));

        StatementPreview preview = preview(e.finance(), file);

        List<Row> rows = preview.rows();
        assertThat(rows.get(0).outcome()).isEqualTo(Outcome.MISMATCHED);
        assertThat(rows.get(0).reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.messageKey()).isEqualTo("statement.reason.amount");
            assertThat(Arrays.asList(reason.args())).containsExactly(amount("9999.99"), GrantWithAdvances.FIRST);
        });
        assertThat(rows.get(1).outcome()).isEqualTo(Outcome.MISMATCHED);
        assertThat(rows.get(1).reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.messageKey()).isEqualTo("statement.reason.iban");
            assertThat(Arrays.asList(reason.args())).containsExactly("NL20INGB0001234567", LINDE);
        });
        assertThat(rows.get(2).outcome()).as("scheduled, never exported").isEqualTo(Outcome.MISMATCHED);
        assertThat(rows.get(2).reasons()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("statement.reason.notExported");
        assertThat(rows.get(3).outcome()).isEqualTo(Outcome.MISMATCHED);
        assertThat(rows.get(3).reasons()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("statement.reason.twice");
        assertThat(rows.get(4).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(rows.get(5).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(rows.get(5).reasons()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("statement.reason.noReference");

        assertThat(confirm(e.finance(), file).count(Outcome.MATCHED)).isZero();
        assertThat(all(e.finance())).extracting(PaymentListItem::status)
                .containsExactly(PaymentStatus.APPROVED, PaymentStatus.APPROVED, PaymentStatus.SCHEDULED);
        assertThat(paidInLedger(e.finance(), e.grant().callId())).isEqualByComparingTo("0");
    }

    @Test
    void a_payment_the_bank_sent_back_in_the_same_statement_is_not_booked_as_paid() throws Exception {
        Exported e = exported("Gemeente Retour");
        StatementFile file = csv(
                debit(today(), "10.000,00", LINDE, e.first().reference()),
                String.join(";", today().toString(), "10.000,00", LINDE, "Dorpshuis", e.first().reference(), "Retour: rekening opgeheven"));

        List<Row> rows = preview(e.finance(), file).rows();
        assertThat(rows.get(0).outcome()).isEqualTo(Outcome.MISMATCHED);
        assertThat(rows.get(0).reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.messageKey()).isEqualTo("statement.reason.returned");
            assertThat(Arrays.asList(reason.args())).as("the line of the return").containsExactly("3");
        });
        assertThat(rows.get(1).outcome()).isEqualTo(Outcome.CREDIT);

        assertThat(confirm(e.finance(), file).count(Outcome.MATCHED)).isZero();
        assertThat(all(e.finance())).extracting(PaymentListItem::status).doesNotContain(PaymentStatus.PAID);
        assertThat(paidInLedger(e.finance(), e.grant().callId())).isEqualByComparingTo("0");
    }

    @Test
    void a_batch_paid_partly_by_the_statement_stays_open_and_its_manual_confirmation_pays_only_the_rest() throws Exception {
        Exported e = exported("Gemeente Deels");
        confirm(e.finance(), csv(debit(today(), "10000,00", LINDE, e.first().reference())));

        assertThat(batch(e.finance(), e.batchId()).status()).isEqualTo(BatchListItem.BatchStatus.EXPORTED);
        assertThat(payment(e.finance(), e.first().id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment(e.finance(), e.second().id()).status()).isEqualTo(PaymentStatus.APPROVED);

        authorities.as(e.finance(), () -> {
            payments.markBatchPaid(e.batchId(), today());
            return null;
        });
        assertThat(batch(e.finance(), e.batchId()).status()).isEqualTo(BatchListItem.BatchStatus.PAID);
        assertThat(paidInLedger(e.finance(), e.grant().callId())).isEqualByComparingTo("25000.00");
    }

    @Test
    void a_statement_never_pays_a_payment_of_another_authority() throws Exception {
        Exported theirs = exported("Gemeente Ander");
        Exported ours = exported("Gemeente Eigen Afschrift");
        StatementFile file = csv(
                debit(today(), "10.000,00", LINDE, theirs.first().reference()),
                debit(today(), "10.000,00", LINDE, ours.first().reference()));

        StatementPreview preview = preview(ours.finance(), file);
        assertThat(preview.rows()).extracting(Row::outcome).containsExactly(Outcome.UNKNOWN, Outcome.MATCHED);
        assertThat(preview.rows().getFirst().paymentReference()).isNull();

        confirm(ours.finance(), file);

        assertThat(payment(theirs.finance(), theirs.first().id()).status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(paidInLedger(theirs.finance(), theirs.grant().callId())).isEqualByComparingTo("0");
        assertThat(payment(ours.finance(), ours.first().id()).status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void a_bad_line_is_not_matched_with_its_reason_and_the_rest_of_the_statement_is_booked() throws Exception {
        Exported e = exported("Gemeente Kapot");
        StatementFile file = csv(
                debit(today(), "10.000,00", LINDE, e.first().reference()),
                Formats.date(today().minusDays(1), java.util.Locale.of("nl")) + ";-tien;NL91ABNA0417164300;Dorpshuis;X;Y",
                debit(today(), "15.000,00", "123456789", e.second().reference()),
                debit(today().plusDays(1), "15.000,00", LINDE, e.second().reference()));

        StatementPreview preview = preview(e.finance(), file);
        assertThat(preview.rows()).extracting(Row::outcome)
                .containsExactly(Outcome.MATCHED, Outcome.NOT_MATCHED, Outcome.NOT_MATCHED, Outcome.NOT_MATCHED);
        assertThat(preview.rows(Outcome.NOT_MATCHED)).extracting(row -> row.reasons().getFirst().messageKey() + " "
                        + row.reasons().getFirst().args()[0])
                .containsExactly("statement.line.amount 3", "statement.line.notIban 4", "statement.line.dateInFuture 5");

        StatementPreview booked = confirm(e.finance(), file);
        assertThat(booked.count(Outcome.MATCHED)).isEqualTo(1);
        assertThat(payment(e.finance(), e.first().id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment(e.finance(), e.second().id()).status()).as("never booked from a line that was not matched")
                .isEqualTo(PaymentStatus.APPROVED);
        assertThat(paidInLedger(e.finance(), e.grant().callId())).isEqualByComparingTo("10000.00");
    }

    @Test
    void a_camt_053_statement_with_a_returned_payment_costs_and_a_bban_books_only_the_payment_that_agrees() throws Exception {
        Exported e = exported("Gemeente Camt");
        LocalDate day = today();
        StatementFile file = new StatementFile("camt053.xml", Camt053.statement(
                Camt053.debit(day, "10000.00", "Vereniging Dorpshuis De Linde", LINDE, e.first().reference()),
                Camt053.debit(day, "15000.00", "Vereniging Dorpshuis De Linde", LINDE, e.second().reference()),
                Camt053.returned(day, "15000.00", "Vereniging Dorpshuis De Linde", LINDE, e.second().reference(), "AC04"),
                Camt053.costs(day, "2.50"),
                Camt053.credit(day, "1250.00", "Dorpscooperatie Welsum", "NL20INGB0001234567"),
                Camt053.debit(day, "750.00", "Sportvereniging", "123456789", e.third().reference())));

        StatementPreview preview = preview(e.finance(), file);
        assertThat(preview.rows()).extracting(Row::outcome).containsExactly(Outcome.MATCHED, Outcome.MISMATCHED,
                Outcome.CREDIT, Outcome.UNKNOWN, Outcome.CREDIT, Outcome.NOT_MATCHED);
        assertThat(preview.rows().get(1).reasons()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("statement.reason.returned");
        assertThat(preview.rows().get(2).reasons()).extracting(p -> p.messageKey() + " " + p.args()[0])
                .containsExactly("statement.reason.creditWithReference " + e.second().reference(), "statement.reason.bankReturn AC04");
        assertThat(preview.rows().get(5).reasons()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("statement.line.notIban");

        confirm(e.finance(), file);
        assertThat(payment(e.finance(), e.first().id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment(e.finance(), e.first().id()).paidOn()).isEqualTo(day);
        assertThat(payment(e.finance(), e.second().id()).status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(paidInLedger(e.finance(), e.grant().callId())).isEqualByComparingTo("10000.00");
        assertThat(jdbc.sql("select after_state from audit_entry where action = 'BANK_STATEMENT_IMPORTED' and after_state like :hash")
                .param("hash", "%(CAMT053)%1 paid (10000.00)%").query(String.class).list()).hasSize(1);
    }

    @Test
    void the_format_is_read_from_the_content_unless_finance_chooses_one_and_a_file_that_is_no_statement_is_refused() throws Exception {
        String finance = authorities.newAuthority("Gemeente Formaat").finance();
        byte[] camt = Camt053.statement(Camt053.costs(today(), "2.50"));
        byte[] otherXml = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(authorities.as(finance, () -> statements.preview(statements.read("afschrift.xml",
                new ByteArrayInputStream(camt)))).rows()).extracting(Row::outcome).containsExactly(Outcome.UNKNOWN);
        assertThat(refusal(finance, "afschrift.xml", otherXml, StatementFormat.AUTO)).isEqualTo("statement.camt.message");
        assertThat(refusal(finance, "afschrift.xml", camt, StatementFormat.CSV)).as("finance chose CSV").isEqualTo("statement.file.type");
        assertThat(refusal(finance, "afschrift.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8), StatementFormat.CAMT053))
                .isEqualTo("statement.file.notCamt");
    }

    private String refusal(String finance, String name, byte[] content, StatementFormat format) {
        try {
            authorities.as(finance, () -> statements.preview(statements.read(name, new ByteArrayInputStream(content), format)));
        } catch (InvalidInputException refused) {
            return refused.problems().getFirst().messageKey();
        } catch (Exception other) {
            throw new AssertionError(other);
        }
        throw new AssertionError("accepted");
    }

    @Test
    void only_a_csv_text_file_up_to_the_limit_is_read() throws Exception {
        String finance = authorities.newAuthority("Gemeente Bestand").finance();
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> authorities.as(finance, () -> statements.read("afschrift.csv", new ByteArrayInputStream(pdf))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("statement.file.type"));
        assertThatThrownBy(() -> authorities.as(finance, () -> statements.read("afschrift.xlsx",
                new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("statement.file.type"));
        byte[] huge = new byte[BankStatements.MAX_BYTES + 10];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> authorities.as(finance, () -> statements.read("afschrift.csv", new ByteArrayInputStream(huge))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("statement.file.tooBig"));
        assertThat(authorities.as(finance, () -> statements.read("afschrift.CSV",
                new ByteArrayInputStream((HEADER + "\n").getBytes(StandardCharsets.UTF_8)))).content()).isNotEmpty();
    }

    @Test
    void a_raw_statement_upload_above_the_limit_is_refused_after_reading_one_byte_past_it() throws Exception {
        String finance = authorities.newAuthority("Gemeente Groot Bestand").finance();
        nl.gemeenschapsfonds.submission.TestFiles.CountingStream stream =
                new nl.gemeenschapsfonds.submission.TestFiles.CountingStream(40L * 1024 * 1024);

        assertThatThrownBy(() -> authorities.as(finance, () -> statements.read("afschrift.csv", stream)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("statement.file.tooBig"));
        assertThat(stream.bytesRead()).isEqualTo(BankStatements.MAX_BYTES + 1L);
    }

    @Test
    void a_statement_carrying_the_eicar_test_string_is_refused_with_the_signature_before_it_is_read() throws Exception {
        String finance = authorities.newAuthority("Gemeente Virus").finance();
        byte[] infected = (HEADER + "\n" + new String(nl.gemeenschapsfonds.scan.Eicar.bytes()) + "\n").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> authorities.as(finance, () -> statements.read("afschrift.csv", new ByteArrayInputStream(infected))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems().getFirst().field()).isEqualTo("file");
                    assertThat(refused.problems().getFirst().messageKey()).isEqualTo("scan.infected");
                });
    }

    @Test
    void only_finance_imports_statements() throws Exception {
        Exported e = exported("Gemeente Rollen");
        StatementFile file = csv(debit(today(), "10.000,00", LINDE, e.first().reference()));
        for (String other : List.of(e.grant().staff().decisionMaker(), e.grant().staff().admin(), e.grant().applicant())) {
            assertThatThrownBy(() -> authorities.as(other, () -> statements.confirm(file)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(payment(e.finance(), e.first().id()).status()).isEqualTo(PaymentStatus.APPROVED);
    }
}
