package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.DecisionClock;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The decision deadline of an application from its facts: receipt date, the call's decision weeks,
 * the supplement requests (the clock stands still while one is open) and notified extensions,
 * all through {@link DecisionClock}.
 */
@Service
public class DeadlineService {

    private final ReviewAccess access;
    private final CallCatalogue calls;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate eachOnItsOwn;

    DeadlineService(ReviewAccess access, CallCatalogue calls, JdbcClient jdbc, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock,
                    org.springframework.transaction.PlatformTransactionManager transactions) {
        this.eachOnItsOwn = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.access = access;
        this.calls = calls;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The deadline as the facts stand today. */
    LocalDate compute(GrantApplication application) {
        LocalDate receipt = LocalDate.ofInstant(application.getSubmittedAt(), Formats.ZONE);
        List<DecisionClock.Suspension> suspensions = jdbc.sql(
                        "select requested_on, answered_on, outcome from supplement_request where application_id = ? order by requested_at")
                .param(application.getId())
                .query((rs, row) -> new DecisionClock.Suspension(rs.getDate("requested_on").toLocalDate(),
                        rs.getDate("answered_on") == null ? null : rs.getDate("answered_on").toLocalDate()))
                .list();
        int extensionWeeks = jdbc.sql("select coalesce(sum(weeks), 0) from deadline_extension where application_id = ?")
                .param(application.getId()).query(Integer.class).single();
        return DecisionClock.deadline(receipt, calls.terms(application.getCallId()).decisionWeeks(), suspensions,
                extensionWeeks, today());
    }

    /**
     * Extends the decision deadline once, by at most eight weeks, with a reason; the applicant is
     * notified by mail (Awb 4:14).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public LocalDate extend(long applicationId, int weeks, String reason) {
        GrantApplication application = access.inMyAuthority(applicationId);
        if (weeks < 1 || weeks > 8) {
            throw new InvalidInputException("extensionWeeks", "validation.between", 1, 8);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("extensionReason", "reviewPage.extensionReasonRequired");
        }
        LocalDate before = application.getDecisionDue();
        jdbc.sql("insert into deadline_extension (application_id, weeks, reason, recorded_by, recorded_at) values (?, ?, ?, ?, ?)")
                .params(applicationId, weeks, reason.trim(), currentUser.actorName(), Timestamp.from(clock.instant())).update();
        LocalDate due = compute(application);
        access.workflow().moveDecisionDue(applicationId, due);
        events.publishEvent(new DecisionDeadlineExtended(applicationId, application.getReference(), application.getSubmittedBy(),
                Locale.of(application.getApplicantLocale()), before, due, reason, application.getCallId(),
                application.getOrganisationId()));
        return due;
    }

    /** What a bulk extension came to for one application: its new due date, or why not (a message key). */
    public record Extended(long applicationId, LocalDate due, String refusal) {
    }

    /**
     * Extends the decision deadline of many applications at once (issue 21.4): each on its own, as {@link #extend}
     * does one, so each applicant gets their own mail with their own notice and each application its own audit
     * entry; one that cannot be extended any more (decided meanwhile) is reported and does not undo the others.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public List<Extended> extendAll(java.util.Collection<Long> applicationIds, int weeks, String reason) {
        if (weeks < 1 || weeks > 8) {
            throw new InvalidInputException("extensionWeeks", "validation.between", 1, 8);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("extensionReason", "reviewPage.extensionReasonRequired");
        }
        List<Extended> results = new java.util.ArrayList<>();
        for (long id : applicationIds) {
            try {
                results.add(new Extended(id, eachOnItsOwn.execute(status -> extend(id, weeks, reason)), null));
            } catch (nl.gemeenschapsfonds.submission.IllegalTransitionException decided) {
                results.add(new Extended(id, null, "deadline.bulk.notOpen"));
            }
        }
        return results;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
