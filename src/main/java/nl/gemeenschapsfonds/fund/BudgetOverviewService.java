package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.CallYearBalance;
import nl.gemeenschapsfonds.budget.FundYearBalance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The budget overview of a fund for the fund administrator, the decision maker and finance. It
 * reads the ledger's balance rows (one row per fund-year and per call-year), never the movements.
 */
@Service
public class BudgetOverviewService {

    private final FundService funds;
    private final GrantCallRepository calls;
    private final BudgetLedger ledger;

    BudgetOverviewService(FundService funds, GrantCallRepository calls, BudgetLedger ledger) {
        this.funds = funds;
        this.calls = calls;
        this.ledger = ledger;
    }

    /**
     * Per year the fund's budget, reserved and unreserved, and per call ceiling, committed, paid
     * (net of repayments) and available. A year or a call-year in which every figure is zero (a
     * budget or ceiling that was set and taken back) is left out. Throws
     * {@link nl.gemeenschapsfonds.base.NotFoundException} for a fund of another authority.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'DECISION_MAKER', 'FINANCE')")
    public BudgetOverview overview(long fundId) {
        Fund fund = funds.scoped(fundId);
        Map<Integer, FundYearBalance> fundYears = ledger.fundBalances(fundId).stream()
                .collect(Collectors.toMap(FundYearBalance::year, Function.identity()));
        List<CallYearBalance> callYears = ledger.callBalances(fundId).stream().filter(b -> !allZero(b)).toList();
        Map<Long, GrantCall> callsById = calls.findAllById(callYears.stream().map(CallYearBalance::callId).distinct().toList())
                .stream().collect(Collectors.toMap(GrantCall::getId, Function.identity()));

        SortedSet<Integer> years = new TreeSet<>(fundYears.keySet());
        callYears.forEach(balance -> years.add(balance.year()));
        List<BudgetOverviewYear> result = new ArrayList<>();
        for (int year : years) {
            List<BudgetOverviewRow> rows = callYears.stream()
                    .filter(balance -> balance.year() == year)
                    .map(balance -> row(balance, callsById.get(balance.callId())))
                    .sorted(Comparator.comparing(BudgetOverviewRow::titleNl, String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(BudgetOverviewRow::callId))
                    .toList();
            FundYearBalance fundYear = fundYears.get(year);
            BigDecimal budget = fundYear == null ? zero() : fundYear.budget();
            BigDecimal reserved = fundYear == null ? zero() : fundYear.reserved();
            if (rows.isEmpty() && budget.signum() == 0 && reserved.signum() == 0) {
                continue;
            }
            result.add(new BudgetOverviewYear(year, budget, reserved, rows));
        }
        return new BudgetOverview(fund.getId(), fund.getName(), result);
    }

    private static BudgetOverviewRow row(CallYearBalance balance, GrantCall call) {
        String titleNl = call == null ? "#" + balance.callId() : call.getTitleNl();
        String titleEn = call == null ? titleNl : call.getTitleEn();
        return new BudgetOverviewRow(balance.callId(), titleNl, titleEn, balance.ceiling(), balance.committed(),
                balance.netPaid(), balance.available());
    }

    private static boolean allZero(CallYearBalance balance) {
        return balance.ceiling().signum() == 0 && balance.committed().signum() == 0
                && balance.paid().signum() == 0 && balance.repaid().signum() == 0;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
