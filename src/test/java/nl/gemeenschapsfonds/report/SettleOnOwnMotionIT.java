package nl.gemeenschapsfonds.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 22 item 7: after the term of a request for more on the final report, the authority settles on what it knows. */
@IntegrationTest
class SettleOnOwnMotionIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired SettlementService settlements;
    @Autowired LedgerChecks ledger;
    @Autowired TestClock clock;

    private LocalDate today;
    private Staff staff;
    private String applicant;

    @BeforeEach
    void anAuthorityAndAnApplicant() {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Ambtshalve");
        applicant = authorities.newApplicant("Vereniging Zonder Aanvulling");
    }

    @Test
    void an_unanswered_request_for_more_is_overdue_after_its_term_and_settled_on_own_motion_with_what_the_report_supports()
            throws Exception {
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        ObligationItem open = finalReport(id);
        // the report says 12.000 was spent; the reviewer asks for the invoices within 14 days, which never come
        authorities.as(applicant, () -> reports.submit(new ReportForm(open.id(), open.version(), "Samen eten", 30,
                "Iets minder eenzaam", Map.of(0, amount("12000")), List.of())));
        ObligationItem submitted = finalReport(id);
        authorities.as(staff.reviewer(), () -> reports.askMore(submitted.id(), submitted.version(), "Stuur de facturen.", 14));

        assertThat(authorities.as(staff.reviewer(), () -> settlements.settlementCase(id)).proposable()).as("within the term").isNull();
        assertThat(worklistItem(submitted.id()).overdue(today)).isFalse();

        LocalDate afterTheTerm = today.plusDays(15);
        clock.onDay(afterTheTerm, () -> {
            ObligationItem listed = worklistItem(submitted.id());
            assertThat(listed.overdue(afterTheTerm)).isTrue();
            assertThat(SettlementPolicy.moreTermPassed(listed, afterTheTerm)).isTrue();
            SettlementCase grant = authorities.as(staff.reviewer(), () -> settlements.settlementCase(id));
            assertThat(grant.proposable()).isEqualTo(SettlementKind.OWN_MOTION);
            assertThat(grant.supported()).singleElement().satisfies(r -> {
                assertThat(r.position()).isEqualTo(0);
                assertThat(r.amount()).isEqualByComparingTo("8000");
                assertThat(r.reason()).isEqualTo(ReductionReason.NOT_SPENT);
            });
            // on own motion a motivation is required
            assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0,
                    grant.supported(), " ")))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                    .extracting(InvalidInputException.Problem::field).containsExactly("motivation"));
            long settlement = authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0,
                    grant.supported(), "De facturen kwamen niet binnen de termijn.")));
            authorities.as(staff.decisionMaker(), () -> settlements.decide(settlement, 0));
        });

        SettlementItem settled = authorities.as(staff.reviewer(), () -> settlements.settlementCase(id)).settlement();
        assertThat(settled.kind()).isEqualTo(SettlementKind.OWN_MOTION);
        assertThat(settled.settled()).isEqualByComparingTo("12000");
        assertThat(settled.released()).isEqualByComparingTo("8000");
        String letter = new PDFTextStripper().getText(Loader.loadPDF(
                authorities.as(staff.reviewer(), () -> settlements.letter(id)).orElseThrow())).replaceAll("\\s+", " ");
        assertThat(letter).contains("niet binnen de termijn gegeven").contains("artikel 4:47 Awb").contains("€ 12.000,00");
        assertThat(authorities.as(staff.reviewer(), () -> reports.worklist())).extracting(ObligationItem::id)
                .doesNotContain(submitted.id());
        assertThat(grants.payOut(staff, reference(id))).isEqualByComparingTo("12000");
        ledger.leftPerYear(staff, call, Map.of(2027, "0"));
        ledger.overviewEqualsLedger(staff, call);
    }

    private ObligationItem worklistItem(long reportId) throws Exception {
        return authorities.as(staff.reviewer(), () -> reports.worklist()).stream().filter(o -> o.id() == reportId)
                .findFirst().orElseThrow();
    }

    private ObligationItem finalReport(long id) throws Exception {
        return authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
    }

    private String reference(long id) throws Exception {
        return authorities.as(staff.reviewer(), () -> settlements.settlementCase(id)).reference();
    }
}
