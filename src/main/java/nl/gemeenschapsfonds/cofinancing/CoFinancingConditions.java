package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Conditional grants (docs/adr/0011-funders-missing-amounts-conditional-grants.md): a decision maker grants
 * on the condition that the missing co-financing is confirmed by a date. The condition is fulfilled (and
 * audited) when a funder confirms a pledge and the call's rules are then met on the confirmed pledges; when
 * the date passes first, the reviewer sees "condition not met" and decides what follows. Payments of a
 * grant with an open condition cannot be approved.
 */
@Service
public class CoFinancingConditions {

    private final ApplicationScope applications;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CoFinancingConditions(ApplicationScope applications, CurrentUser currentUser, AuditTrail audit, JdbcClient jdbc,
                          Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.applications = applications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the condition of a grant just decided, in the decision maker's transaction. The date must be
     * after today (refused at {@code coFinancingDueBy}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void impose(long applicationId, long decisionId, LocalDate dueOn) {
        inMyAuthority(applicationId);
        if (dueOn == null || !dueOn.isAfter(today())) {
            throw new InvalidInputException("coFinancingDueBy", "decision.conditionDateFuture");
        }
        String me = currentUser.actorName();
        jdbc.sql("""
                        insert into cofinancing_condition (application_id, decision_id, due_on, imposed_by, imposed_at)
                        values (?, ?, ?, ?, ?)""")
                .params(applicationId, decisionId, Date.valueOf(dueOn), me, Timestamp.from(clock.instant()))
                .update();
        audit.record("COFINANCING_CONDITION_IMPOSED", "Application", applicationId, null, "due " + dueOn, null);
    }

    /** Of these applications (of the staff member's authority), those with a condition not yet fulfilled. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE', 'ADMIN')")
    public Set<Long> openAmong(Collection<Long> applicationIds) {
        return among(applicationIds);
    }

    /** The condition of an application, if any; the caller ({@link PledgeService}) has checked the user's scope. */
    Optional<CoFinancingCondition> find(long applicationId) {
        LocalDate today = today();
        return jdbc.sql("select due_on, imposed_by, fulfilled_at from cofinancing_condition where application_id = ?")
                .param(applicationId)
                .query((rs, row) -> {
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    Timestamp fulfilled = rs.getTimestamp("fulfilled_at");
                    return new CoFinancingCondition(applicationId, due, rs.getString("imposed_by"),
                            fulfilled == null ? null : fulfilled.toInstant(), fulfilled == null && due.isBefore(today));
                })
                .optional();
    }

    /**
     * Marks the open condition of this application fulfilled when the rules are met on the confirmed
     * pledges; called in the transaction that confirmed a pledge. The condition's row is locked before the
     * pledges are read, so two funders confirming at the same moment are counted together: the second waits
     * and then sees the first's pledge. Answers whether it marked the condition fulfilled.
     */
    boolean fulfilIfMet(GrantApplication application, java.util.function.Supplier<PledgeMatching> matchingNow) {
        Optional<Long> open = jdbc.sql("select id from cofinancing_condition where application_id = ? and fulfilled_at is null for update")
                .param(application.getId()).query(Long.class).optional();
        if (open.isEmpty()) {
            return false;
        }
        PledgeMatching matching = matchingNow.get();
        if (!matching.allMet()) {
            return false;
        }
        jdbc.sql("update cofinancing_condition set fulfilled_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), open.get()).update();
        audit.record("COFINANCING_CONDITION_FULFILLED", "Application", application.getId(), "open", "fulfilled",
                "confirmed pledges " + matching.confirmedPledges());
        return true;
    }

    /**
     * The condition follows the money (issue 22 item 6): after a pledge step that changes what counts (a receipt of
     * another amount than pledged, a withdrawal), the condition is checked again on the confirmed pledges, its row
     * locked. An open one that is now met is fulfilled; a fulfilled one that no longer is goes back to open while its
     * date has not passed (payments wait again), and after the date stays fulfilled — the grant was met by its date —
     * while the decision maker who imposed it is told ({@link CoFinancingConditionShort}; revoking or lowering is a
     * decision of its own). Answers what happened.
     */
    ConditionChange reevaluate(GrantApplication application, java.util.function.Supplier<PledgeMatching> matchingNow) {
        record Row(long id, LocalDate dueOn, String imposedBy, boolean fulfilled) {
        }
        Optional<Row> condition = jdbc.sql("""
                        select id, due_on, imposed_by, fulfilled_at is not null as fulfilled from cofinancing_condition
                        where application_id = ? for update""")
                .param(application.getId())
                .query((rs, row) -> new Row(rs.getLong("id"), rs.getDate("due_on").toLocalDate(), rs.getString("imposed_by"),
                        rs.getBoolean("fulfilled")))
                .optional();
        if (condition.isEmpty()) {
            return ConditionChange.NONE;
        }
        Row row = condition.get();
        PledgeMatching matching = matchingNow.get();
        ConditionChange change = ConditionChange.of(row.fulfilled(), matching.allMet(), !today().isAfter(row.dueOn()));
        switch (change) {
            case FULFILLED -> {
                jdbc.sql("update cofinancing_condition set fulfilled_at = ? where id = ?")
                        .params(Timestamp.from(clock.instant()), row.id()).update();
                audit.record("COFINANCING_CONDITION_FULFILLED", "Application", application.getId(), "open", "fulfilled",
                        "counted pledges " + matching.confirmedPledges());
            }
            case REOPENED -> {
                jdbc.sql("update cofinancing_condition set fulfilled_at = null where id = ?").param(row.id()).update();
                audit.record("COFINANCING_CONDITION_REOPENED", "Application", application.getId(), "fulfilled", "open",
                        "counted pledges " + matching.confirmedPledges() + " no longer meet the call's rules before " + row.dueOn());
            }
            case SHORT_AFTER_DATE -> {
                audit.record("COFINANCING_CONDITION_SHORT", "Application", application.getId(), "fulfilled", "fulfilled",
                        "counted pledges " + matching.confirmedPledges() + " no longer meet the call's rules after " + row.dueOn());
                events.publishEvent(new CoFinancingConditionShort(application.getId(), application.getReference(),
                        row.imposedBy(), row.dueOn(), matching.confirmedPledges(), matching.results()));
            }
            case NONE -> {
            }
        }
        return change;
    }

    private Set<Long> among(Collection<Long> applicationIds) {
        long authority = currentUser.require().requireAuthority();
        if (applicationIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = jdbc.sql("""
                        select c.application_id from cofinancing_condition c
                        join application_authority s on s.application_id = c.application_id
                        where c.application_id in (:ids) and s.authority_id = :authority and c.fulfilled_at is null""")
                .param("ids", applicationIds).param("authority", authority)
                .query(Long.class).list();
        return new HashSet<>(ids);
    }

    private void inMyAuthority(long applicationId) {
        applications.inMyAuthority(applicationId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
