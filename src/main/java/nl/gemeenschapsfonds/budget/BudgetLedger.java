package nl.gemeenschapsfonds.budget;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one owner of every money movement of a fund, per call and year. Each movement is a row in
 * {@code budget_movement} plus an audit entry, and updates the balance rows in the same
 * transaction. Commitments are made with conditional UPDATEs, so two decision makers granting at
 * the same moment can never take a call-year past its ceiling; CHECK constraints are the backstop.
 *
 * <p>The ledger knows funds and calls only by id and authority: the fund module, which owns them,
 * passes the authority after its own scope check, and the ledger checks it again against the
 * signed-in user.</p>
 */
@Service
public class BudgetLedger {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    BudgetLedger(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Sets the council's budget of a fund for a year. Refused (BELOW_RESERVED) when the calls have
     * reserved more than the new budget.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public FundYearBalance setFundBudget(long fundId, long authorityId, int year, BigDecimal budget, String reason) {
        requireAuthority(authorityId);
        BigDecimal amount = money(budget);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A budget cannot be negative");
        }
        Optional<FundYearBalance> before = fundYear(fundId, year);
        if (before.isEmpty()) {
            jdbc.sql("insert into fund_year_budget (fund_id, year, authority_id, budget) values (?, ?, ?, ?)")
                    .params(fundId, year, authorityId, amount).update();
        } else {
            int updated = jdbc.sql("""
                            update fund_year_budget set budget = ?, version = version + 1
                            where fund_id = ? and year = ? and reserved <= ? and committed <= ?""")
                    .params(amount, fundId, year, amount, amount).update();
            if (updated == 0) {
                throw new BudgetRefusedException(new BudgetRefusal(BudgetRefusal.Reason.BELOW_RESERVED, year,
                        fundYear(fundId, year).orElseThrow().reserved()));
            }
        }
        BigDecimal difference = amount.subtract(before.map(FundYearBalance::budget).orElse(BigDecimal.ZERO));
        if (difference.signum() != 0) {
            movement(fundId, null, year, MovementKind.BUDGET, difference, null, reason);
            audit.record("BUDGET_SET", "FundYearBudget", fundId + "/" + year,
                    before.map(b -> b.budget().toPlainString()).orElse(null), amount.toPlainString(), reason);
        }
        return fundYear(fundId, year).orElseThrow();
    }

    /**
     * Sets a call's ceiling for a year: reserves the difference of the fund's year budget. Refused
     * when the fund has no budget for the year, when the calls together would pass it, or when the
     * new ceiling is below what is already committed.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CallYearBalance setCeiling(long callId, long fundId, long authorityId, int year, BigDecimal ceiling, String reason) {
        requireAuthority(authorityId);
        BigDecimal amount = money(ceiling);
        Optional<CallYearBalance> before = lockCallYear(callId, year);
        BigDecimal difference = amount.subtract(before.map(CallYearBalance::ceiling).orElse(BigDecimal.ZERO));
        if (before.isPresent()) {
            CeilingPolicy.checkNewCeiling(before.get(), amount).ifPresent(refusal -> {
                throw new BudgetRefusedException(refusal);
            });
        }
        if (difference.signum() != 0) {
            int reserved = jdbc.sql("""
                            update fund_year_budget set reserved = reserved + ?, version = version + 1
                            where fund_id = ? and year = ? and reserved + ? <= budget""")
                    .params(difference, fundId, year, difference).update();
            if (reserved == 0) {
                Optional<FundYearBalance> fund = fundYear(fundId, year);
                throw new BudgetRefusedException(fund.isEmpty()
                        ? new BudgetRefusal(BudgetRefusal.Reason.NO_BUDGET_FOR_YEAR, year, BigDecimal.ZERO)
                        : new BudgetRefusal(BudgetRefusal.Reason.FUND_BUDGET_EXCEEDED, year,
                        fund.get().unreserved().add(before.map(CallYearBalance::ceiling).orElse(BigDecimal.ZERO))));
            }
        }
        if (before.isEmpty()) {
            jdbc.sql("insert into call_year_budget (call_id, year, fund_id, authority_id, ceiling) values (?, ?, ?, ?, ?)")
                    .params(callId, year, fundId, authorityId, amount).update();
        } else if (difference.signum() != 0) {
            jdbc.sql("update call_year_budget set ceiling = ?, version = version + 1 where call_id = ? and year = ?")
                    .params(amount, callId, year).update();
        }
        if (difference.signum() != 0) {
            movement(fundId, callId, year, MovementKind.RESERVE, difference, null, reason);
            audit.record("CEILING_SET", "CallYearBudget", callId + "/" + year,
                    before.map(b -> b.ceiling().toPlainString()).orElse(null), amount.toPlainString(), reason);
        }
        return callYear(callId, year).orElseThrow();
    }

    /**
     * Commits a grant against a call: each year's part against that year's ceiling and the fund's
     * budget, all or nothing. Throws {@link BudgetRefusedException} (and the caller's transaction
     * rolls back) when any year does not fit.
     */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void commit(long callId, Long applicationId, SortedMap<Integer, BigDecimal> amountPerYear, String reason) {
        long authority = currentUser.require().requireAuthority();
        // Years in ascending order: concurrent multi-year grants lock rows in the same order, never deadlock.
        for (Map.Entry<Integer, BigDecimal> part : new TreeMap<>(amountPerYear).entrySet()) {
            int year = part.getKey();
            BigDecimal amount = positive(part.getValue());
            List<Long> fund = jdbc.sql("""
                            update call_year_budget set committed = committed + ?, version = version + 1
                            where call_id = ? and year = ? and authority_id = ? and committed + ? <= ceiling
                            returning fund_id""")
                    .params(amount, callId, year, authority, amount).query(Long.class).list();
            if (fund.isEmpty()) {
                Optional<CallYearBalance> balance = callYearInAuthority(callId, year, authority);
                throw new BudgetRefusedException(balance
                        .map(b -> CeilingPolicy.check(b, amount).orElse(
                                new BudgetRefusal(BudgetRefusal.Reason.CEILING_REACHED, year, b.available())))
                        .orElse(new BudgetRefusal(BudgetRefusal.Reason.NO_CEILING_FOR_YEAR, year, BigDecimal.ZERO)));
            }
            long fundId = fund.getFirst();
            int fundUpdated = jdbc.sql("""
                            update fund_year_budget set committed = committed + ?, version = version + 1
                            where fund_id = ? and year = ? and committed + ? <= budget""")
                    .params(amount, fundId, year, amount).update();
            if (fundUpdated == 0) {
                throw new BudgetRefusedException(new BudgetRefusal(BudgetRefusal.Reason.FUND_BUDGET_EXCEEDED, year,
                        fundYear(fundId, year).map(f -> f.budget().subtract(f.committed())).orElse(BigDecimal.ZERO)));
            }
            movement(fundId, callId, year, MovementKind.COMMIT, amount, applicationId, reason);
            audit.record("BUDGET_COMMIT", "CallYearBudget", callId + "/" + year, null, amount.toPlainString(), reason);
        }
    }

    /** Gives committed money back to the year's budget: a lower settlement, a withdrawal, an objection. */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void release(long callId, Long applicationId, SortedMap<Integer, BigDecimal> amountPerYear, String reason) {
        long authority = currentUser.require().requireAuthority();
        for (Map.Entry<Integer, BigDecimal> part : new TreeMap<>(amountPerYear).entrySet()) {
            int year = part.getKey();
            BigDecimal amount = positive(part.getValue());
            List<Long> fund = jdbc.sql("""
                            update call_year_budget set committed = committed - ?, version = version + 1
                            where call_id = ? and year = ? and authority_id = ? and committed >= ?
                            returning fund_id""")
                    .params(amount, callId, year, authority, amount).query(Long.class).list();
            if (fund.isEmpty()) {
                throw new BudgetRefusedException(new BudgetRefusal(BudgetRefusal.Reason.MORE_THAN_BOOKED, year,
                        callYearInAuthority(callId, year, authority).map(CallYearBalance::committed).orElse(BigDecimal.ZERO)));
            }
            jdbc.sql("update fund_year_budget set committed = committed - ?, version = version + 1 where fund_id = ? and year = ?")
                    .params(amount, fund.getFirst(), year).update();
            movement(fund.getFirst(), callId, year, MovementKind.RELEASE, amount, applicationId, reason);
            audit.record("BUDGET_RELEASE", "CallYearBudget", callId + "/" + year, null, amount.toPlainString(), reason);
        }
    }

    /** Records money paid to a recipient, against the call-year it was committed in. */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void pay(long callId, long applicationId, int year, BigDecimal amount, String reason) {
        BigDecimal paid = positive(amount);
        long fundId = updateOrRefuse("update call_year_budget set paid = paid + ?, version = version + 1 "
                + "where call_id = ? and year = ? and authority_id = ? returning fund_id", paid, callId, year);
        movement(fundId, callId, year, MovementKind.PAY, paid, applicationId, reason);
        audit.record("BUDGET_PAY", "CallYearBudget", callId + "/" + year, null, paid.toPlainString(), reason);
    }

    /** Records money a recipient paid back after a repayment claim; never more than was paid. */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public void repay(long callId, long applicationId, int year, BigDecimal amount, String reason) {
        BigDecimal repaid = positive(amount);
        long fundId = updateOrRefuse("update call_year_budget set repaid = repaid + ?, version = version + 1 "
                + "where call_id = ? and year = ? and authority_id = ? and repaid + ? <= paid returning fund_id",
                repaid, callId, year, repaid);
        movement(fundId, callId, year, MovementKind.REPAY, repaid, applicationId, reason);
        audit.record("BUDGET_REPAY", "CallYearBudget", callId + "/" + year, null, repaid.toPlainString(), reason);
    }

    /** The balance of a call-year of the user's authority: one indexed read. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'DECISION_MAKER', 'FINANCE', 'REVIEWER')")
    public Optional<CallYearBalance> balance(long callId, int year) {
        return callYearInAuthority(callId, year, currentUser.require().requireAuthority());
    }

    /** All call-year balances of a fund of the user's authority, by call and year. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'DECISION_MAKER', 'FINANCE')")
    public List<CallYearBalance> callBalances(long fundId) {
        return jdbc.sql("select * from call_year_budget where fund_id = ? and authority_id = ? order by year, call_id")
                .params(fundId, currentUser.require().requireAuthority()).query(BudgetLedger::callYearRow).list();
    }

    /** A fund's budget, reserved and committed per year, for a fund of the user's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'DECISION_MAKER', 'FINANCE')")
    public List<FundYearBalance> fundBalances(long fundId) {
        return jdbc.sql("select * from fund_year_budget where fund_id = ? and authority_id = ? order by year")
                .params(fundId, currentUser.require().requireAuthority()).query(BudgetLedger::fundYearRow).list();
    }

    /**
     * What each of these calls can still grant, per year from {@code fromYear} on. Public: the open
     * calls page shows it to anonymous visitors; it reveals no more than ceiling minus granted.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Map<Long, SortedMap<Integer, BigDecimal>> availableFrom(int fromYear, Collection<Long> callIds) {
        if (callIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, SortedMap<Integer, BigDecimal>> available = new TreeMap<>();
        jdbc.sql("""
                        select call_id, year, ceiling - committed as available from call_year_budget
                        where year >= :year and call_id in (:ids) and ceiling > 0 order by call_id, year""")
                .param("year", fromYear).param("ids", callIds)
                .query((rs, row) -> {
                    available.computeIfAbsent(rs.getLong("call_id"), id -> new TreeMap<>())
                            .put(rs.getInt("year"), rs.getBigDecimal("available"));
                    return null;
                }).list();
        return available;
    }

    /** The sum of the movements of one kind for a call-year: the balance rows must always equal it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'DECISION_MAKER', 'FINANCE')")
    public BigDecimal sumOfMovements(long callId, int year, MovementKind kind) {
        return jdbc.sql("select coalesce(sum(amount), 0) from budget_movement m join call_year_budget b "
                        + "on b.call_id = m.call_id and b.year = m.year "
                        + "where m.call_id = ? and m.year = ? and m.kind = ? and b.authority_id = ?")
                .params(callId, year, kind.name(), currentUser.require().requireAuthority())
                .query(BigDecimal.class).single();
    }

    private long updateOrRefuse(String sql, BigDecimal amount, long callId, int year, Object... more) {
        long authority = currentUser.require().requireAuthority();
        Object[] params = new Object[4 + more.length];
        params[0] = amount;
        params[1] = callId;
        params[2] = year;
        params[3] = authority;
        System.arraycopy(more, 0, params, 4, more.length);
        List<Long> fund = jdbc.sql(sql).params(params).query(Long.class).list();
        if (fund.isEmpty()) {
            throw new BudgetRefusedException(new BudgetRefusal(BudgetRefusal.Reason.MORE_THAN_BOOKED, year, amount));
        }
        return fund.getFirst();
    }

    private void movement(long fundId, Long callId, int year, MovementKind kind, BigDecimal amount, Long applicationId,
                          String reason) {
        jdbc.sql("""
                        insert into budget_movement (fund_id, call_id, year, kind, amount, application_id, actor, occurred_at, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(fundId, callId, year, kind.name(), amount, applicationId, currentUser.actorName(),
                        Timestamp.from(clock.instant()), reason)
                .update();
    }

    private void requireAuthority(long authorityId) {
        SignedInUser user = currentUser.require();
        if (user.requireAuthority() != authorityId) {
            throw new nl.gemeenschapsfonds.security.ScopeException("Fund of another authority");
        }
    }

    private Optional<CallYearBalance> lockCallYear(long callId, int year) {
        return jdbc.sql("select * from call_year_budget where call_id = ? and year = ? for update")
                .params(callId, year).query(BudgetLedger::callYearRow).optional();
    }

    private Optional<CallYearBalance> callYear(long callId, int year) {
        return jdbc.sql("select * from call_year_budget where call_id = ? and year = ?")
                .params(callId, year).query(BudgetLedger::callYearRow).optional();
    }

    private Optional<CallYearBalance> callYearInAuthority(long callId, int year, long authority) {
        return jdbc.sql("select * from call_year_budget where call_id = ? and year = ? and authority_id = ?")
                .params(callId, year, authority).query(BudgetLedger::callYearRow).optional();
    }

    private Optional<FundYearBalance> fundYear(long fundId, int year) {
        return jdbc.sql("select * from fund_year_budget where fund_id = ? and year = ?")
                .params(fundId, year).query(BudgetLedger::fundYearRow).optional();
    }

    private static CallYearBalance callYearRow(ResultSet rs, int row) throws SQLException {
        return new CallYearBalance(rs.getLong("call_id"), rs.getInt("year"), rs.getLong("fund_id"),
                rs.getBigDecimal("ceiling"), rs.getBigDecimal("committed"), rs.getBigDecimal("paid"), rs.getBigDecimal("repaid"));
    }

    private static FundYearBalance fundYearRow(ResultSet rs, int row) throws SQLException {
        return new FundYearBalance(rs.getLong("fund_id"), rs.getInt("year"), rs.getBigDecimal("budget"),
                rs.getBigDecimal("reserved"), rs.getBigDecimal("committed"));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal positive(BigDecimal amount) {
        BigDecimal scaled = money(amount);
        if (scaled.signum() <= 0) {
            throw new IllegalArgumentException("An amount must be positive: " + amount);
        }
        return scaled;
    }
}
