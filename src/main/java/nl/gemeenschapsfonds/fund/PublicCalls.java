package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.budget.BudgetLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What anybody may see without signing in: the published calls that are open today. */
@Service
public class PublicCalls {

    private final GrantCallRepository calls;
    private final BudgetLedger ledger;
    private final JdbcClient jdbc;
    private final Clock clock;

    PublicCalls(GrantCallRepository calls, BudgetLedger ledger, JdbcClient jdbc, Clock clock) {
        this.calls = calls;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Published calls open today and those that open later ("binnenkort"), of every authority, open ones
     * first and closing soonest first, with the budget available from this year on.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<PublicCallItem> openCalls() {
        LocalDate today = LocalDate.now(clock);
        List<GrantCall> open = calls.findPublished().stream()
                .filter(call -> call.isOpenOn(today) || opensLater(call, today))
                .sorted(java.util.Comparator.comparing((GrantCall call) -> opensLater(call, today))).toList();
        Map<Long, SortedMap<Integer, BigDecimal>> available = ledger.availableFrom(today.getYear(),
                open.stream().map(GrantCall::getId).toList());
        return open.stream().map(call -> new PublicCallItem(call.getId(), authorityName(call.getFundId()),
                call.getTitleNl(), call.getTitleEn(), call.getDescriptionNl(), call.getDescriptionEn(),
                call.getFacilityTypes(), call.getOpenDate(), call.getCloseDate(), call.isRollingIntake(),
                call.getAllocationMethod(), call.getMaxGrant(),
                available.getOrDefault(call.getId(), new TreeMap<>()), opensLater(call, today),
                CallData.percent(call.getMinPrivateShare()), call.getPrivateShareCounts(), call.getSettleAtOnceUpTo(),
                CallService.amendmentsOf(jdbc, call.getId()))).toList();
    }

    private static boolean opensLater(GrantCall call, LocalDate today) {
        return call.getOpenDate() != null && call.getOpenDate().isAfter(today);
    }

    private String authorityName(long fundId) {
        return jdbc.sql("select a.name from authority a join fund f on f.authority_id = a.id where f.id = ?")
                .param(fundId).query(String.class).single();
    }
}
