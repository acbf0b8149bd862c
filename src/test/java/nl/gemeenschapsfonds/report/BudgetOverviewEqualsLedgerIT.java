package nl.gemeenschapsfonds.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.BudgetOverview;
import nl.gemeenschapsfonds.fund.BudgetOverviewRow;
import nl.gemeenschapsfonds.fund.BudgetOverviewYear;
import nl.gemeenschapsfonds.review.DecisionForm;
import nl.gemeenschapsfonds.review.DecisionService;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: after every step of the money flow (grant with an advance, payment, settlement lower in one year with final
 * payments per year, a repayment) the budget overview per year equals the ledger's movements (
 * {@link OverviewMatchesLedger}). More scenarios (netting open advances, an upheld objection to a settlement) can end
 * with the same check.
 */
@IntegrationTest
class BudgetOverviewEqualsLedgerIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired SettlementService settlements;
    @Autowired DecisionService decisions;
    @Autowired OverviewMatchesLedger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void the_overview_per_year_equals_the_ledger_after_grant_advance_payment_settlement_and_repayment() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        Staff staff = authorities.newAuthority("Gemeente Grootboek");
        String linde = authorities.newApplicant("Dorpshuis De Linde");
        String welsum = authorities.newApplicant("Speeltuin Welsum");
        long call = grants.openCall(staff, null, null, null, 2027, 2028, 2029);
        long fund = jdbc.sql("select fund_id from grant_call where id = ?").param(call).query(Long.class).single();
        ledger.check(staff, fund);

        // a three-year grant with an advance of 5.000 in 2027, paid
        Map<Integer, BigDecimal> perYear = Map.of(2027, amount("10000"), 2028, amount("10000"), 2029, amount("10000"));
        long threeYears = applications.awaitingDecision(staff, linde, call, perYear, 8);
        decide(staff, threeYears, perYear, new DecisionForm.Advance(today, 2027, amount("5000")));
        ledger.check(staff, fund);
        assertThat(grants.payOut(staff, reference(threeYears))).isEqualByComparingTo("5000");
        ledger.check(staff, fund);

        // a one-year grant of 20.000, paid in full as an advance
        Map<Integer, BigDecimal> oneYear = Map.of(2027, amount("20000"));
        long paidAhead = applications.awaitingDecision(staff, welsum, call, oneYear, 8);
        decide(staff, paidAhead, oneYear, new DecisionForm.Advance(today, 2027, amount("20000")));
        assertThat(grants.payOut(staff, reference(paidAhead))).isEqualByComparingTo("20000");
        ledger.check(staff, fund);

        // the three-year grant is settled 4.000 lower in 2028: its final payments go to their own years
        acceptFinalReport(staff, linde, threeYears, Map.of(0, amount("20000"), 1, amount("12000"), 2, amount("20000")));
        proposeAndDecide(staff, threeYears, new SettlementForm.Reduction(1, amount("4000"), ReductionReason.NOT_SPENT, null));
        ledger.check(staff, fund);
        assertThat(grants.payOut(staff, reference(threeYears))).isEqualByComparingTo("21000");
        ledger.check(staff, fund);

        // the one-year grant is settled at 12.000: 8.000 is claimed back and received
        acceptFinalReport(staff, welsum, paidAhead, Map.of(0, amount("12000")));
        proposeAndDecide(staff, paidAhead, new SettlementForm.Reduction(0, amount("8000"), ReductionReason.NOT_SPENT, null));
        SettlementItem claimed = authorities.as(staff.finance(), () -> settlements.settlementCase(paidAhead)).settlement();
        authorities.as(staff.finance(), () -> settlements.recordRepayment(claimed.claim().id(), claimed.claim().version(), today));
        BudgetOverview overview = ledger.check(staff, fund);

        // and the figures are the ones a person would work out by hand
        assertThat(row(overview, 2027, call)).extracting(BudgetOverviewRow::committed, BudgetOverviewRow::paid)
                .as("2027: 10.000 + 12.000 committed and paid").containsExactly(amount("22000"), amount("22000"));
        assertThat(row(overview, 2028, call)).extracting(BudgetOverviewRow::committed, BudgetOverviewRow::paid,
                BudgetOverviewRow::available).containsExactly(amount("6000"), amount("6000"), amount("194000"));
        assertThat(row(overview, 2029, call).paid()).isEqualByComparingTo("10000");
    }

    private void decide(Staff staff, long id, Map<Integer, BigDecimal> amounts, DecisionForm.Advance advance) throws Exception {
        authorities.as(staff.decisionMaker(), () -> decisions.decide(new DecisionForm(id, Recommendation.GRANT,
                new TreeMap<>(amounts), null, null, null, List.of(advance), null, "Voldoet.")));
    }

    private String reference(long id) {
        return jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
    }

    private void acceptFinalReport(Staff staff, String applicant, long id, Map<Integer, BigDecimal> spent) throws Exception {
        ObligationItem report = finalReport(applicant, id);
        authorities.as(applicant, () -> {
            reports.submit(new ReportForm(report.id(), report.version(), "Elke dinsdag samen koken", 80,
                    "Minder mensen alleen thuis", spent, List.of()));
            return null;
        });
        ObligationItem submitted = finalReport(applicant, id);
        authorities.as(staff.reviewer(), () -> reports.accept(submitted.id(), submitted.version()));
    }

    private ObligationItem finalReport(String applicant, long id) throws Exception {
        return authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
    }

    private void proposeAndDecide(Staff staff, long id, SettlementForm.Reduction reduction) throws Exception {
        long settlement = authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0,
                List.of(reduction), "Niet alles is besteed.")));
        authorities.as(staff.decisionMaker(), () -> settlements.decide(settlement, 0));
    }

    private static BudgetOverviewRow row(BudgetOverview overview, int year, long call) {
        return overview.years().stream().filter(y -> y.year() == year).map(BudgetOverviewYear::calls)
                .flatMap(List::stream).filter(r -> r.callId() == call).findFirst().orElseThrow();
    }
}
