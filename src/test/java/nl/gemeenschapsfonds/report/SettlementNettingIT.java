package nl.gemeenschapsfonds.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.payment.PaymentDatesPolicy;
import nl.gemeenschapsfonds.payment.PaymentFilter;
import nl.gemeenschapsfonds.payment.PaymentListItem;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.payment.PaymentStatus;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 22 item 3: a settlement nets the open advances instead of waiting for finance (docs/adr/0029). */
@IntegrationTest
class SettlementNettingIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired SettlementService settlements;
    @Autowired PaymentService payments;
    @Autowired LedgerChecks ledger;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private LocalDate today;
    private Staff staff;
    private String applicant;

    @BeforeEach
    void anAuthorityAndAnApplicant() {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Verrekening");
        applicant = authorities.newApplicant("Buurthuis De Verrekening");
    }

    @Test
    void settling_cancels_the_unpaid_advance_counts_the_paid_one_and_pays_the_difference_per_year() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("10000"), 2028, amount("10000")),
                List.of(new DecisionForm.Advance(today, 2027, amount("8000")), new DecisionForm.Advance(today, 2028, amount("5000"))));
        String reference = reference(id);
        PaymentListItem paidAdvance = instruction(call, reference + "-1");
        PaymentListItem openAdvance = instruction(call, reference + "-2");
        pay(paidAdvance);
        // finance approved the second one, but it is in no batch yet
        authorities.as(staff.finance(), () -> payments.approve(List.of(openAdvance.id())));
        acceptedFinalReport(id, Map.of(0, amount("20000"), 1, amount("14000")));

        SettlementCase before = authorities.as(staff.decisionMaker(), () -> settlements.settlementCase(id));
        assertThat(before.paid()).isEqualByComparingTo("8000");
        assertThat(before.openPayments()).isEqualByComparingTo("5000");
        long settlement = authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0,
                List.of(new SettlementForm.Reduction(1, amount("3000"), ReductionReason.NOT_SPENT, null)), "Minder besteed in 2028.")));
        authorities.as(staff.decisionMaker(), () -> settlements.decide(settlement, 0));

        PaymentListItem cancelled = instruction(call, openAdvance.reference());
        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).contains("settlement").contains(reference);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PAYMENT_CANCELLED' and object_type = 'PaymentInstruction' and object_id = ?")
                .param(String.valueOf(openAdvance.id())).query(Long.class).single()).isEqualTo(1);
        Mails.Received toFinance = MailWaits.subject(greenMail, staff.finance(), "Voorschotten vervallen door vaststelling " + reference);
        assertThat(toFinance.body()).contains(openAdvance.reference()).contains("€ 5.000,00");

        SettlementItem settled = authorities.as(staff.finance(), () -> settlements.settlementCase(id)).settlement();
        assertThat(settled.settled()).isEqualByComparingTo("17000");
        assertThat(settled.finalPayment()).isEqualByComparingTo("9000");
        assertThat(settled.claim()).isNull();
        // the final payment per year: 2027 keeps 10.000 of which 8.000 was paid, 2028 is settled at 7.000 and nothing was paid
        Map<Integer, BigDecimal> finals = new java.util.TreeMap<>();
        authorities.as(staff.finance(), () -> payments.payments(new PaymentFilter(null, call, null, null))).stream()
                .filter(p -> p.status() == PaymentStatus.SCHEDULED).forEach(p -> finals.put(p.year(), p.amount()));
        assertThat(finals).containsOnlyKeys(2027, 2028);
        assertThat(finals.get(2027)).isEqualByComparingTo("2000");
        assertThat(finals.get(2028)).isEqualByComparingTo("7000");
        String letter = new PDFTextStripper().getText(Loader.loadPDF(
                authorities.as(staff.reviewer(), () -> settlements.letter(id)).orElseThrow())).replaceAll("\\s+", " ");
        assertThat(letter).contains("(€ 5.000,00) vervallen met dit besluit").contains("Wij betalen u nog € 9.000,00")
                .contains("begint op de dag na verzending");

        assertThat(grants.payOut(staff, reference)).isEqualByComparingTo("9000");
        ledger.leftPerYear(staff, call, Map.of(2027, "0", 2028, "0"));
        assertThat(ledger.sum(staff, call, 2028, nl.gemeenschapsfonds.budget.MovementKind.RELEASE)).isEqualByComparingTo("3000");
        ledger.overviewEqualsLedger(staff, call);
    }

    @Test
    void an_advance_already_exported_to_the_bank_holds_the_settlement_until_its_statement_is_booked() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("10000")),
                List.of(new DecisionForm.Advance(today, 2027, amount("6000"))));
        PaymentListItem advance = instruction(call, reference(id) + "-1");
        authorities.as(staff.finance(), () -> {
            payments.approve(List.of(advance.id()));
            payments.export(List.of(advance.id()), PaymentDatesPolicy.earliestFor(advance.dueOn(), today));
        });
        acceptedFinalReport(id, Map.of(0, amount("20000")));
        long settlement = authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0, List.of(), null)));

        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> settlements.decide(settlement, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("settlement.validation.exportedPayments"));
        assertThat(instruction(call, advance.reference()).status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(authorities.as(staff.decisionMaker(), () -> settlements.settlementCase(id)).settlement().status())
                .isEqualTo(SettlementStatus.PROPOSED);
    }

    // ---- helpers ----

    private String reference(long id) {
        return jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
    }

    private PaymentListItem instruction(long call, String reference) throws Exception {
        return authorities.as(staff.finance(), () -> payments.payments(new PaymentFilter(null, call, null, null))).stream()
                .filter(p -> p.reference().equals(reference)).findFirst().orElseThrow();
    }

    /** Finance approves, exports and books this one payment paid. */
    private void pay(PaymentListItem payment) throws Exception {
        authorities.as(staff.finance(), () -> {
            payments.approve(List.of(payment.id()));
            LocalDate executed = PaymentDatesPolicy.earliestFor(payment.dueOn(), today);
            long batch = payments.export(List.of(payment.id()), executed).batchId();
            clock.onDay(executed, () -> payments.markBatchPaid(batch, executed));
        });
    }

    private void acceptedFinalReport(long id, Map<Integer, BigDecimal> spent) throws Exception {
        ObligationItem report = authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
        authorities.as(applicant, () -> reports.submit(new ReportForm(report.id(), report.version(), "Samen koken",
                80, "Minder mensen alleen thuis", spent, List.of())));
        ObligationItem submitted = authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
        authorities.as(staff.reviewer(), () -> reports.accept(submitted.id(), submitted.version()));
    }
}
