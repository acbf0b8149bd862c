package nl.gemeenschapsfonds.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.MovementKind;
import nl.gemeenschapsfonds.payment.PaymentFilter;
import nl.gemeenschapsfonds.payment.PaymentListItem;
import nl.gemeenschapsfonds.payment.PaymentService;
import nl.gemeenschapsfonds.payment.PaymentStatus;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.Objection;
import nl.gemeenschapsfonds.review.ObjectionDecisionForm;
import nl.gemeenschapsfonds.review.ObjectionOutcome;
import nl.gemeenschapsfonds.review.ObjectionService;
import nl.gemeenschapsfonds.review.ObjectionSubject;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 22 item 5 (ADR 0029): the applicant objects to a settlement; an upheld objection corrects with new movements. */
@IntegrationTest
class SettlementObjectionIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired SettlementService settlements;
    @Autowired ObjectionService objections;
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
        staff = authorities.newAuthority("Gemeente Bezwaar Vaststelling");
        applicant = authorities.newApplicant("Stichting Bezwaar");
    }

    @Test
    void an_upheld_objection_to_a_settlement_lowers_the_repayment_claim_with_a_new_commitment_and_the_ledger_follows()
            throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")),
                List.of(new DecisionForm.Advance(today, 2027, amount("20000"))));
        String reference = reference(id);
        grants.payOut(staff, reference);
        settle(id, "12000", "8000");
        SettlementItem settled = authorities.as(staff.finance(), () -> settlements.settlementCase(id)).settlement();
        assertThat(settled.claim().amount()).isEqualByComparingTo("8000");
        String letter = new PDFTextStripper().getText(Loader.loadPDF(
                authorities.as(staff.reviewer(), () -> settlements.letter(id)).orElseThrow())).replaceAll("\\s+", " ");
        assertThat(letter).contains("bezwaar maken tot en met " + Formats.date(today.plusWeeks(6), Locale.of("nl")))
                .contains("De bezwaartermijn is 6 weken en begint op de dag na verzending van dit besluit");

        // the settlement's own term, apart from the grant decision's
        assertThat(authorities.as(applicant, () -> objections.mine(id, ObjectionSubject.SETTLEMENT)).orElseThrow()
                .decision().objectionDeadline()).isEqualTo(today.plusWeeks(6));
        assertThatThrownBy(() -> authorities.as(applicant, () -> objections.object(id, " ", ObjectionSubject.SETTLEMENT)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("grounds"));
        Objection objection = authorities.as(applicant, () -> objections.object(id,
                "Wij hebben de facturen van 6.000 euro wel degelijk.", ObjectionSubject.SETTLEMENT));
        assertThat(objection.late()).isFalse();
        assertThat(authorities.as(applicant, () -> objections.mine(id)).orElseThrow().objection())
                .as("the grant decision has no objection").isNull();

        // refused at the field, nothing stored: above the grant, below the settlement
        for (String wrong : List.of("20000.01", "11000")) {
            assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(id,
                    ObjectionOutcome.PARTLY_UPHELD, "De facturen zijn er.", years(wrong), ObjectionSubject.SETTLEMENT))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInputException.Problem::field).containsExactly("newAmounts"));
        }
        assertThat(ledger.sum(staff, call, 2027, MovementKind.COMMIT)).isEqualByComparingTo("20000");

        authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(id,
                ObjectionOutcome.PARTLY_UPHELD, "De facturen van de keuken zijn alsnog aangetoond.", years("18000"),
                ObjectionSubject.SETTLEMENT)));

        SettlementItem corrected = authorities.as(staff.finance(), () -> settlements.settlementCase(id)).settlement();
        assertThat(corrected.settled()).isEqualByComparingTo("18000");
        assertThat(corrected.claim().amount()).isEqualByComparingTo("2000");
        // a correction is a new movement: the release of 8.000 stays, 6.000 is committed again
        assertThat(ledger.sum(staff, call, 2027, MovementKind.RELEASE)).isEqualByComparingTo("8000");
        assertThat(ledger.sum(staff, call, 2027, MovementKind.COMMIT)).isEqualByComparingTo("26000");
        assertThat(MailWaits.subject(greenMail, applicant, "Beslissing op uw bezwaar").body()).contains("vastgesteld op € 18.000,00");
        assertThat(authorities.as(applicant, () -> settlements.mySettlement(id)).orElseThrow().repayment()).isEqualByComparingTo("2000");

        authorities.as(staff.finance(), () -> settlements.recordRepayment(corrected.claim().id(), corrected.claim().version(), today));
        ledger.leftPerYear(staff, call, Map.of(2027, "0"));
        assertThat(ledger.sum(staff, call, 2027, MovementKind.REPAY)).isEqualByComparingTo("2000");
        ledger.overviewEqualsLedger(staff, call);
        assertThatThrownBy(() -> authorities.as(applicant, () -> objections.object(id, "Nog eens.", ObjectionSubject.SETTLEMENT)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("objection.alreadyRegistered"));
    }

    @Test
    void fully_upheld_the_claim_is_withdrawn_and_what_was_not_paid_yet_is_paid_further() throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")),
                List.of(new DecisionForm.Advance(today, 2027, amount("10000"))));
        String reference = reference(id);
        grants.payOut(staff, reference);
        settle(id, "15000", "5000");
        assertThat(authorities.as(staff.finance(), () -> settlements.settlementCase(id)).settlement().finalPayment())
                .isEqualByComparingTo("5000");
        assertThatThrownBy(() -> authorities.as(authorities.newApplicant("Ander"), () ->
                objections.object(id, "Niet van ons.", ObjectionSubject.SETTLEMENT))).isInstanceOf(NotFoundException.class);
        authorities.as(applicant, () -> objections.object(id, "Alles is besteed.", ObjectionSubject.SETTLEMENT));

        authorities.as(staff.decisionMaker(), () -> objections.decide(new ObjectionDecisionForm(id,
                ObjectionOutcome.UPHELD, "Alles is aangetoond.", years("20000"), ObjectionSubject.SETTLEMENT)));

        SettlementItem corrected = authorities.as(staff.finance(), () -> settlements.settlementCase(id)).settlement();
        assertThat(corrected.settled()).isEqualByComparingTo("20000");
        assertThat(corrected.released()).isNull();
        assertThat(corrected.finalPayment()).isEqualByComparingTo("10000");
        List<PaymentListItem> open = authorities.as(staff.finance(), () -> payments.payments(new PaymentFilter(null, call, null, null)))
                .stream().filter(p -> p.status() == PaymentStatus.SCHEDULED).toList();
        assertThat(open).extracting(PaymentListItem::reference).containsExactlyInAnyOrder(reference + "-V", reference + "-V2");
        assertThat(grants.payOut(staff, reference)).isEqualByComparingTo("10000");
        ledger.leftPerYear(staff, call, Map.of(2027, "0"));
        ledger.overviewEqualsLedger(staff, call);
    }

    // ---- helpers ----

    private static TreeMap<Integer, BigDecimal> years(String amount2027) {
        return new TreeMap<>(Map.of(2027, amount(amount2027)));
    }

    private void settle(long id, String spent, String reduction) throws Exception {
        ObligationItem report = finalReport(id);
        authorities.as(applicant, () -> reports.submit(new ReportForm(report.id(), report.version(), "Samen koken", 80,
                "Minder alleen", Map.of(0, amount(spent)), List.of())));
        ObligationItem submitted = finalReport(id);
        authorities.as(staff.reviewer(), () -> reports.accept(submitted.id(), submitted.version()));
        long settlement = authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0,
                List.of(new SettlementForm.Reduction(0, amount(reduction), ReductionReason.NOT_SPENT, null)), "Minder besteed.")));
        authorities.as(staff.decisionMaker(), () -> settlements.decide(settlement, 0));
    }

    private ObligationItem finalReport(long id) throws Exception {
        return authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
    }

    private String reference(long id) {
        return jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
    }
}
