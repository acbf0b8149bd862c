package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.CallYearBalance;
import nl.gemeenschapsfonds.budget.MovementKind;
import nl.gemeenschapsfonds.fund.BudgetOverviewRow;
import nl.gemeenschapsfonds.fund.BudgetOverviewService;
import nl.gemeenschapsfonds.fund.BudgetOverviewYear;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22's "done when" for m22b's scenarios: the budget overview per year equals the ledger's movements of the call
 * (committed = commit − release, paid = pay − repay), and per year what a grant left behind is granted − released −
 * paid. One call per scenario, so the call's movements are the grant's.
 */
@Component
public class LedgerChecks {

    private final TestAuthorities authorities;
    private final BudgetLedger ledger;
    private final BudgetOverviewService overviews;
    private final JdbcClient jdbc;

    LedgerChecks(TestAuthorities authorities, BudgetLedger ledger, BudgetOverviewService overviews, JdbcClient jdbc) {
        this.authorities = authorities;
        this.ledger = ledger;
        this.overviews = overviews;
        this.jdbc = jdbc;
    }

    /** The overview's row of the call in each year equals the sums of the call-year's movements. */
    public void overviewEqualsLedger(Staff staff, long callId) throws Exception {
        long fund = jdbc.sql("select fund_id from grant_call where id = ?").param(callId).query(Long.class).single();
        for (BudgetOverviewYear year : authorities.as(staff.finance(), () -> overviews.overview(fund)).years()) {
            for (BudgetOverviewRow row : year.calls()) {
                if (row.callId() != callId) {
                    continue;
                }
                assertThat(row.committed()).as("committed in %s = commit − release", year.year())
                        .isEqualByComparingTo(sum(staff, callId, year.year(), MovementKind.COMMIT)
                                .subtract(sum(staff, callId, year.year(), MovementKind.RELEASE)));
                assertThat(row.paid()).as("paid in %s = pay − repay", year.year())
                        .isEqualByComparingTo(sum(staff, callId, year.year(), MovementKind.PAY)
                                .subtract(sum(staff, callId, year.year(), MovementKind.REPAY)));
                CallYearBalance balance = authorities.as(staff.finance(), () -> ledger.balance(callId, year.year())).orElseThrow();
                assertThat(balance.committed()).isEqualByComparingTo(row.committed());
            }
        }
    }

    /** Per year: the commitments less the releases less the payments (less repayments) leave this much. */
    public void leftPerYear(Staff staff, long callId, Map<Integer, String> expected) throws Exception {
        for (Map.Entry<Integer, String> year : expected.entrySet()) {
            BigDecimal left = sum(staff, callId, year.getKey(), MovementKind.COMMIT)
                    .subtract(sum(staff, callId, year.getKey(), MovementKind.RELEASE))
                    .subtract(sum(staff, callId, year.getKey(), MovementKind.PAY))
                    .add(sum(staff, callId, year.getKey(), MovementKind.REPAY));
            assertThat(left).as("granted − released − paid in %s", year.getKey()).isEqualByComparingTo(year.getValue());
        }
    }

    public BigDecimal sum(Staff staff, long callId, int year, MovementKind kind) throws Exception {
        return authorities.as(staff.finance(), () -> ledger.sumOfMovements(callId, year, kind));
    }
}
