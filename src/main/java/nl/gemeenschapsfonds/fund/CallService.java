package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.budget.BudgetLedger;
import nl.gemeenschapsfonds.budget.BudgetRefusal;
import nl.gemeenschapsfonds.budget.BudgetRefusedException;
import nl.gemeenschapsfonds.budget.CallYearBalance;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Calls of the signed-in user's authority: create, edit, publish, close. Ceilings go through the
 * budget ledger, which refuses a ceiling above what the fund still has for the year or below what
 * is already committed.
 */
@Service
public class CallService {

    private final GrantCallRepository calls;
    private final FundService funds;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcClient jdbc;

    CallService(GrantCallRepository calls, FundService funds, BudgetLedger ledger, AuditTrail audit,
                CurrentUser currentUser, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.funds = funds;
        this.ledger = ledger;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The calls of all funds of the user's authority, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'DECISION_MAKER')")
    public List<CallListItem> callsOfMyAuthority() {
        return calls.findByAuthority(currentUser.require().requireAuthority()).stream().map(CallListItem::of).toList();
    }

    /** One call of the user's authority with its ceilings, for the call editor. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'DECISION_MAKER')")
    public CallData call(long id) {
        GrantCall call = scoped(id);
        return CallData.of(call, ceilings(call));
    }

    /** A new, empty call in a fund of the user's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public CallData newCall(long fundId) {
        funds.scoped(fundId);
        return CallData.newCall(fundId);
    }

    /**
     * Creates or changes a call and sets its ceilings. A published call is checked as for
     * publication. Throws {@link InvalidInputException} with a message per field, or
     * {@link ConcurrentEditException} when someone else saved the call in the meantime.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(CallData data) {
        return save(data, null);
    }

    /**
     * As {@link #save(CallData)}; for a published (or closed) call, a change to what applicants relied on
     * ({@link CallAmendments}) needs {@code amendmentReason}: it is kept as an amendment, audited and shown
     * on the public page of the call. Without a reason such a change is refused at the field {@code amendmentReason}.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long save(CallData data, String amendmentReason) {
        Fund fund = funds.scoped(data.fundId());
        GrantCall call;
        String before = null;
        List<String> amended = List.of();
        if (data.id() == null) {
            check(data, false);
            call = new GrantCall(fund.getId());
        } else {
            call = scoped(data.id());
            if (call.getVersion() != data.version()) {
                throw new ConcurrentEditException("Call " + data.id());
            }
            if (call.getFundId() != data.fundId()) {
                throw new NotFoundException("Call", data.id());
            }
            check(data, call.getStatus() != CallStatus.DRAFT);
            CallData published = CallData.of(call, ceilings(call));
            before = summary(published);
            if (call.getStatus() != CallStatus.DRAFT) {
                amended = CallAmendments.reliedOnChanges(published, data);
                if (!amended.isEmpty() && (amendmentReason == null || amendmentReason.isBlank())) {
                    throw new InvalidInputException("amendmentReason", "call.validation.amendmentReasonRequired");
                }
                if (!amended.isEmpty() && amendmentReason.trim().length() > 2000) {
                    throw new InvalidInputException("amendmentReason", "validation.tooLong", 2000);
                }
                if (!amended.isEmpty() && !CallAmendments.explains(amendmentReason)) {
                    throw new InvalidInputException("amendmentReason", "call.validation.amendmentReasonTooShort",
                            CallAmendments.MIN_REASON_LENGTH);
                }
            }
        }
        call.update(data);
        call = calls.saveAndFlush(call);
        setCeilings(call, fund, data.ceilings());
        audit.record(data.id() == null ? "CALL_CREATED" : "CALL_UPDATED", "Call", call.getId(), before, summary(data), null);
        if (!amended.isEmpty()) {
            jdbc.sql("insert into call_amendment (call_id, amended_at, amended_by, changed, reason) values (?, ?, ?, ?, ?)")
                    .params(call.getId(), java.sql.Timestamp.from(clock.instant()), currentUser.actorName(),
                            String.join(",", amended), amendmentReason.trim())
                    .update();
            audit.record("CALL_AMENDED", "Call", call.getId(), before, summary(data) + "; changed " + amended,
                    amendmentReason.trim());
        }
        return call.getId();
    }

    /** The amendments of a call after its publication, oldest first (public: the call page shows them). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<CallAmendment> amendments(long callId) {
        return amendmentsOf(jdbc, callId);
    }

    static List<CallAmendment> amendmentsOf(JdbcClient jdbc, long callId) {
        return jdbc.sql("select amended_at, changed, reason from call_amendment where call_id = ? order by amended_at, id")
                .param(callId)
                .query((rs, row) -> new CallAmendment(rs.getTimestamp("amended_at").toInstant(),
                        List.of(rs.getString("changed").split(",")), rs.getString("reason")))
                .list();
    }

    /** Publishes a draft call, after checking it is complete (facility types, at least one ceiling). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void publish(long id) {
        GrantCall call = scoped(id);
        check(CallData.of(call, ceilings(call)), true);
        call.publish(clock.instant());
        audit.record("CALL_PUBLISHED", "Call", id, CallStatus.DRAFT.name(), CallStatus.PUBLISHED.name(), null);
    }

    /** Closes a published call: no more applications. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void close(long id) {
        GrantCall call = scoped(id);
        call.close();
        audit.record("CALL_CLOSED", "Call", id, CallStatus.PUBLISHED.name(), CallStatus.CLOSED.name(), null);
    }

    private void check(CallData data, boolean forPublication) {
        List<Problem> problems = CallRules.check(data, forPublication);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void setCeilings(GrantCall call, Fund fund, SortedMap<Integer, BigDecimal> wanted) {
        SortedMap<Integer, BigDecimal> all = new TreeMap<>(wanted);
        ceilings(call).keySet().forEach(year -> all.putIfAbsent(year, BigDecimal.ZERO));
        for (Map.Entry<Integer, BigDecimal> ceiling : all.entrySet()) {
            try {
                ledger.setCeiling(call.getId(), fund.getId(), fund.getAuthorityId(), ceiling.getKey(), ceiling.getValue(),
                        "Ceiling of call " + call.getTitleNl());
            } catch (BudgetRefusedException refused) {
                BudgetRefusal refusal = refused.refusal();
                String year = String.valueOf(refusal.year());
                throw switch (refusal.reason()) {
                    case NO_BUDGET_FOR_YEAR -> new InvalidInputException("ceilings", "call.validation.noFundBudget", year);
                    case FUND_BUDGET_EXCEEDED ->
                            new InvalidInputException("ceilings", "call.validation.ceilingAboveFund", year, refusal.figure());
                    case BELOW_COMMITTED ->
                            new InvalidInputException("ceilings", "call.validation.belowCommitted", year, refusal.figure());
                    default -> refused;
                };
            }
        }
    }

    private SortedMap<Integer, BigDecimal> ceilings(GrantCall call) {
        return ledger.callBalances(call.getFundId()).stream()
                .filter(balance -> balance.callId() == call.getId())
                .collect(Collectors.toMap(CallYearBalance::year, CallYearBalance::ceiling, (a, b) -> a, TreeMap::new));
    }

    private GrantCall scoped(long id) {
        GrantCall call = calls.findById(id).orElseThrow(() -> new NotFoundException("Call", id));
        funds.scoped(call.getFundId());
        return call;
    }

    private static String summary(CallData data) {
        return "%s; %s; %s–%s; %s; ceilings %s; max grant %s; private ≥ %s%% (%s); fund ≤ %s%%; weeks %d/%d".formatted(
                data.titleNl(), data.status(), data.openDate(), data.rollingIntake() ? "rolling" : data.closeDate(),
                data.allocationMethod(), data.ceilings(), data.maxGrant(), data.minPrivateSharePercent(),
                CoFinancingSource.stored(data.privateShareCounts()),
                data.maxFundSharePercent(), data.decisionWeeks(), data.objectionWeeks());
    }
}
