package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.fund.BudgetOverview;
import nl.gemeenschapsfonds.fund.BudgetOverviewRow;
import nl.gemeenschapsfonds.fund.BudgetOverviewService;
import nl.gemeenschapsfonds.fund.BudgetOverviewYear;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, "done when": the budget overview per year equals the ledger. Sums the movements of a fund per call-year
 * and kind ({@code budget_movement}, read here in the test only) and compares every figure of the fund's
 * {@link BudgetOverviewService#overview budget overview} with them: ceiling = reserved, committed = committed −
 * released, paid = paid − repaid, available = ceiling − committed, and per year the fund's budget and what its calls
 * reserved. Any scenario (grant, advance, payment, settlement, repayment, objection…) ends with {@link #check}.
 */
@Component
public class OverviewMatchesLedger {

    private final BudgetOverviewService overviews;
    private final TestAuthorities authorities;
    private final JdbcClient jdbc;

    OverviewMatchesLedger(BudgetOverviewService overviews, TestAuthorities authorities, JdbcClient jdbc) {
        this.overviews = overviews;
        this.authorities = authorities;
        this.jdbc = jdbc;
    }

    /** The sums of the movements of one fund, by "call/year/kind" (call 0: the fund's own BUDGET movements). */
    Map<String, BigDecimal> movements(long fundId) {
        Map<String, BigDecimal> sums = new HashMap<>();
        jdbc.sql("""
                        select coalesce(call_id, 0) as call_id, year, kind, sum(amount) as total from budget_movement
                        where fund_id = ? group by coalesce(call_id, 0), year, kind""")
                .param(fundId)
                .query((rs, row) -> sums.put(rs.getLong("call_id") + "/" + rs.getInt("year") + "/" + rs.getString("kind"),
                        rs.getBigDecimal("total")))
                .list();
        return sums;
    }

    /** Asserts that every figure of the fund's overview equals its movements; answers the overview. */
    public BudgetOverview check(Staff staff, long fundId) throws Exception {
        BudgetOverview overview = authorities.as(staff.finance(), () -> overviews.overview(fundId));
        Map<String, BigDecimal> sums = movements(fundId);
        assertThat(overview.years()).as("the overview shows the years of the ledger").isNotEmpty();
        for (BudgetOverviewYear year : overview.years()) {
            int y = year.year();
            assertThat(year.budget()).as("budget %s", y).isEqualByComparingTo(sum(sums, 0, y, "BUDGET"));
            BigDecimal reserved = sums.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("/" + y + "/RESERVE")).map(Map.Entry::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(year.reserved()).as("reserved by the calls in %s", y).isEqualByComparingTo(reserved);
            for (BudgetOverviewRow row : year.calls()) {
                long call = row.callId();
                BigDecimal committed = sum(sums, call, y, "COMMIT").subtract(sum(sums, call, y, "RELEASE"));
                BigDecimal paid = sum(sums, call, y, "PAY").subtract(sum(sums, call, y, "REPAY"));
                assertThat(row.ceiling()).as("ceiling of call %s in %s", call, y).isEqualByComparingTo(sum(sums, call, y, "RESERVE"));
                assertThat(row.committed()).as("committed in call %s in %s", call, y).isEqualByComparingTo(committed);
                assertThat(row.paid()).as("paid in call %s in %s", call, y).isEqualByComparingTo(paid);
                assertThat(row.available()).as("available in call %s in %s", call, y)
                        .isEqualByComparingTo(sum(sums, call, y, "RESERVE").subtract(committed));
            }
        }
        return overview;
    }

    private static BigDecimal sum(Map<String, BigDecimal> sums, long call, int year, String kind) {
        return sums.getOrDefault(call + "/" + year + "/" + kind, BigDecimal.ZERO);
    }
}
