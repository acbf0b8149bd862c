package nl.gemeenschapsfonds.budget;

import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.security.ScopeException;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The money rules of the ledger on real PostgreSQL, with each test in an authority of its own. */
@IntegrationTest
class BudgetLedgerIT {

    private static final Logger log = LoggerFactory.getLogger(BudgetLedgerIT.class);

    @Autowired
    BudgetLedger ledger;

    @Autowired
    FundService funds;

    @Autowired
    CallService calls;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    JdbcClient jdbc;

    private Staff staff;

    @BeforeEach
    void newAuthority() {
        staff = authorities.newAuthority("Gemeente Ledgertest");
    }

    private long fund(Map<Integer, String> budgets) throws Exception {
        TreeMap<Integer, BigDecimal> amounts = new TreeMap<>();
        budgets.forEach((year, amount) -> amounts.put(year, new BigDecimal(amount)));
        return authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Fonds", null, amounts)));
    }

    private long call(long fund, Map<Integer, String> ceilings) throws Exception {
        TreeMap<Integer, BigDecimal> amounts = new TreeMap<>();
        ceilings.forEach((year, amount) -> amounts.put(year, new BigDecimal(amount)));
        return authorities.as(staff.admin(), () -> calls.save(new CallData(null, 0, fund, null, "Regeling", "Call", null, null,
                EnumSet.of(FacilityType.VILLAGE_SHOP), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), false,
                AllocationMethod.FIRST_COME, null, null, null, null, false, 8, 6, amounts, List.of())));
    }

    private CallYearBalance balance(long call, int year) throws Exception {
        return authorities.as(staff.admin(), () -> ledger.balance(call, year).orElseThrow());
    }

    @Test
    void fifty_concurrent_commitments_against_a_ceiling_for_ten_give_exactly_ten_grants() throws Exception {
        long call = call(fund(Map.of(2027, "100000.00")), Map.of(2027, "10000.00"));
        int threads = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    authorities.as(staff.decisionMaker(), () -> ledger.commit(call, null,
                            new TreeMap<>(Map.of(2027, new BigDecimal("1000.00"))), "concurrent grant"));
                    return "granted";
                } catch (BudgetRefusedException refused) {
                    return refused.refusal().reason().name();
                }
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        pool.shutdown();

        long granted = results.stream().filter("granted"::equals).count();
        log.info("Concurrency: {} attempts, {} granted, {} refused, in {} ms", threads, granted, threads - granted, millis);
        assertThat(granted).isEqualTo(10);
        assertThat(results).filteredOn(r -> !r.equals("granted")).hasSize(40).containsOnly("CEILING_REACHED");
        CallYearBalance balance = balance(call, 2027);
        assertThat(balance.committed()).isEqualByComparingTo("10000.00").isEqualByComparingTo(balance.ceiling());
        assertThat(authorities.as(staff.admin(), () -> ledger.sumOfMovements(call, 2027, MovementKind.COMMIT)))
                .isEqualByComparingTo("10000.00");
    }

    @Test
    void the_database_itself_refuses_an_update_that_passes_the_ceiling() throws Exception {
        long call = call(fund(Map.of(2027, "5000.00")), Map.of(2027, "5000.00"));
        assertThatThrownBy(() -> jdbc.sql("update call_year_budget set committed = ceiling + 0.01 where call_id = ?")
                .param(call).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("call_year_committed_within_ceiling");
        assertThatThrownBy(() -> jdbc.sql("update fund_year_budget set reserved = budget + 1 where fund_id = (select fund_id from call_year_budget where call_id = ?)")
                .param(call).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("fund_year_reserved_within_budget");
    }

    @Test
    void a_multi_year_grant_whose_second_year_does_not_fit_leaves_the_first_year_untouched() throws Exception {
        long call = call(fund(Map.of(2027, "50000.00", 2028, "50000.00")), Map.of(2027, "30000.00", 2028, "10000.00"));
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> ledger.commit(call, null,
                new TreeMap<>(Map.of(2027, new BigDecimal("20000.00"), 2028, new BigDecimal("15000.00"))), "too much in 2028")))
                .isInstanceOfSatisfying(BudgetRefusedException.class, refused -> {
                    assertThat(refused.refusal().reason()).isEqualTo(BudgetRefusal.Reason.CEILING_REACHED);
                    assertThat(refused.refusal().year()).isEqualTo(2028);
                    assertThat(refused.refusal().figure()).isEqualByComparingTo("10000.00");
                });
        assertThat(balance(call, 2027).committed()).isZero();
        assertThat(balance(call, 2028).committed()).isZero();
        assertThat(authorities.as(staff.admin(), () -> ledger.sumOfMovements(call, 2027, MovementKind.COMMIT))).isZero();
    }

    @Test
    void the_calls_of_a_fund_together_cannot_reserve_more_than_its_year_budget() throws Exception {
        long fund = fund(Map.of(2027, "100000.00"));
        call(fund, Map.of(2027, "70000.00"));
        assertThatThrownBy(() -> call(fund, Map.of(2027, "40000.00")))
                .isInstanceOf(nl.gemeenschapsfonds.base.InvalidInputException.class)
                .hasMessageContaining("call.validation.ceilingAboveFund");
        assertThat(jdbc.sql("select reserved from fund_year_budget where fund_id = ? and year = 2027").param(fund)
                .query(BigDecimal.class).single()).isEqualByComparingTo("70000.00");
    }

    @Test
    void a_ceiling_cannot_be_lowered_below_what_is_committed() throws Exception {
        long fund = fund(Map.of(2027, "100000.00"));
        long call = call(fund, Map.of(2027, "50000.00"));
        authorities.as(staff.decisionMaker(), () -> ledger.commit(call, null, new TreeMap<>(Map.of(2027, new BigDecimal("30000.00"))), "grant"));
        assertThatThrownBy(() -> authorities.as(staff.admin(), () ->
                ledger.setCeiling(call, fund, staff.authorityId(), 2027, new BigDecimal("29999.99"), "lower")))
                .isInstanceOfSatisfying(BudgetRefusedException.class, refused -> {
                    assertThat(refused.refusal().reason()).isEqualTo(BudgetRefusal.Reason.BELOW_COMMITTED);
                    assertThat(refused.refusal().figure()).isEqualByComparingTo("30000.00");
                });
        authorities.as(staff.admin(), () -> ledger.setCeiling(call, fund, staff.authorityId(), 2027, new BigDecimal("30000.00"), "lower"));
        assertThat(balance(call, 2027).available()).isZero();
        assertThat(jdbc.sql("select reserved from fund_year_budget where fund_id = ? and year = 2027").param(fund)
                .query(BigDecimal.class).single()).isEqualByComparingTo("30000.00");
    }

    @Test
    void balances_always_equal_the_sum_of_their_movements() throws Exception {
        long call = call(fund(Map.of(2027, "100000.00")), Map.of(2027, "60000.00"));
        authorities.as(staff.decisionMaker(), () -> {
            ledger.commit(call, null, new TreeMap<>(Map.of(2027, new BigDecimal("25000.00"))), "grant A");
            ledger.commit(call, null, new TreeMap<>(Map.of(2027, new BigDecimal("15000.00"))), "grant B");
            ledger.release(call, null, new TreeMap<>(Map.of(2027, new BigDecimal("5000.00"))), "settled lower");
        });
        authorities.as(staff.finance(), () -> {
            ledger.pay(call, seedApplication(call), 2027, new BigDecimal("20000.00"), "advance");
        });
        CallYearBalance balance = balance(call, 2027);
        authorities.as(staff.admin(), () -> {
            BigDecimal commits = ledger.sumOfMovements(call, 2027, MovementKind.COMMIT);
            BigDecimal releases = ledger.sumOfMovements(call, 2027, MovementKind.RELEASE);
            assertThat(balance.committed()).isEqualByComparingTo(commits.subtract(releases)).isEqualByComparingTo("35000.00");
            assertThat(balance.paid()).isEqualByComparingTo(ledger.sumOfMovements(call, 2027, MovementKind.PAY));
            assertThat(balance.ceiling()).isEqualByComparingTo(ledger.sumOfMovements(call, 2027, MovementKind.RESERVE));
            assertThat(balance.available()).isEqualByComparingTo("25000.00");
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'CallYearBudget' and object_id = ?")
                .param(call + "/2027").query(Long.class).single()).as("every movement is audited").isGreaterThanOrEqualTo(5L);
    }

    @Test
    void more_cannot_be_repaid_than_was_paid_nor_released_than_committed() throws Exception {
        long call = call(fund(Map.of(2027, "100000.00")), Map.of(2027, "60000.00"));
        long application = seedApplication(call);
        authorities.as(staff.decisionMaker(), () -> ledger.commit(call, application, new TreeMap<>(Map.of(2027, new BigDecimal("10000.00"))), "grant"));
        authorities.as(staff.finance(), () -> ledger.pay(call, application, 2027, new BigDecimal("4000.00"), "advance"));
        assertThatThrownBy(() -> authorities.as(staff.finance(), () -> ledger.repay(call, application, 2027, new BigDecimal("4000.01"), "too much")))
                .isInstanceOf(BudgetRefusedException.class);
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> ledger.release(call, application,
                new TreeMap<>(Map.of(2027, new BigDecimal("10000.01"))), "too much")))
                .isInstanceOf(BudgetRefusedException.class);
        authorities.as(staff.finance(), () -> ledger.repay(call, application, 2027, new BigDecimal("4000.00"), "repaid"));
        assertThat(balance(call, 2027).netPaid()).isZero();
    }

    @Test
    void another_authority_can_neither_commit_against_nor_change_nor_read_this_ledger() throws Exception {
        long fund = fund(Map.of(2027, "100000.00"));
        long call = call(fund, Map.of(2027, "60000.00"));
        Staff other = authorities.newAuthority("Gemeente Elders");
        assertThatThrownBy(() -> authorities.as(other.decisionMaker(), () -> ledger.commit(call, null,
                new TreeMap<>(Map.of(2027, new BigDecimal("1000.00"))), "not mine")))
                .isInstanceOfSatisfying(BudgetRefusedException.class,
                        refused -> assertThat(refused.refusal().reason()).isEqualTo(BudgetRefusal.Reason.NO_CEILING_FOR_YEAR));
        assertThatThrownBy(() -> authorities.as(other.admin(), () ->
                ledger.setCeiling(call, fund, staff.authorityId(), 2027, BigDecimal.ONE, "not mine")))
                .isInstanceOf(ScopeException.class);
        assertThat(authorities.as(other.admin(), () -> ledger.balance(call, 2027))).isEmpty();
        assertThat(authorities.as(other.admin(), () -> ledger.callBalances(fund))).isEmpty();
        assertThat(balance(call, 2027).committed()).isZero();
    }

    @Test
    void only_a_decision_maker_commits_and_only_finance_pays() throws Exception {
        long call = call(fund(Map.of(2027, "100000.00")), Map.of(2027, "60000.00"));
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> ledger.commit(call, null,
                new TreeMap<>(Map.of(2027, BigDecimal.TEN)), "reviewer")))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        assertThatThrownBy(() -> authorities.as(staff.admin(), () -> ledger.pay(call, 1L, 2027, BigDecimal.TEN, "admin")))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    private long seedApplication(long call) {
        long organisation = jdbc.sql("insert into organisation (legal_name) values ('Ledger test vereniging') returning id")
                .query(Long.class).single();
        return jdbc.sql("""
                        insert into grant_application (organisation_id, call_id, title, status, reference, submitted_at, decision_due)
                        values (?, ?, 'Test', 'GRANTED', 'GF-TEST-' || nextval('grant_application_reference_seq'), now(),
                                current_date + 56) returning id""")
                .params(organisation, call).query(Long.class).single();
    }
}
