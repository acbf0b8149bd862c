package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.TreeSet;

/**
 * The terms of published calls, for applicants choosing a call and for the submission rules. Calls
 * are public once published, so any signed-in user may read them; drafts are never shown.
 */
@Service
public class CallCatalogue {

    private final GrantCallRepository calls;
    private final JdbcClient jdbc;
    private final BudgetLedger ledger;

    CallCatalogue(GrantCallRepository calls, JdbcClient jdbc, BudgetLedger ledger) {
        this.calls = calls;
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** All published and closed calls, open ones first; the caller explains why others are not available. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CallTerms> publishedCalls() {
        return calls.findPublishedOrClosed().stream().map(this::terms).toList();
    }

    /** The terms of one published (or closed) call; a draft call is not found. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public CallTerms terms(long callId) {
        return calls.findById(callId).filter(call -> call.getStatus() != CallStatus.DRAFT).map(this::terms)
                .orElseThrow(() -> new NotFoundException("Call", callId));
    }

    private CallTerms terms(GrantCall call) {
        String authority = jdbc.sql("select a.name from authority a join fund f on f.authority_id = a.id where f.id = ?")
                .param(call.getFundId()).query(String.class).single();
        TreeSet<Integer> years = new TreeSet<>(ledger.availableFrom(2000, List.of(call.getId()))
                .getOrDefault(call.getId(), new java.util.TreeMap<>()).keySet());
        return new CallTerms(call.getId(), authority, call.getTitleNl(), call.getTitleEn(), call.getDescriptionNl(),
                call.getDescriptionEn(), call.getStatus(), call.getFacilityTypes(), call.getOpenDate(), call.getCloseDate(),
                call.isRollingIntake(), call.getMaxGrant(), years, CoFinancingPolicy.of(call), call.getDecisionWeeks(),
                call.getObjectionWeeks(), call.getCriteria(), call.getSettleAtOnceUpTo());
    }
}
