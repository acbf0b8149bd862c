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

    DeadlineService(ReviewAccess access, CallCatalogue calls, JdbcClient jdbc, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
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
            throw new InvalidInputException("extensionReason", "validation.required");
        }
        LocalDate before = application.getDecisionDue();
        jdbc.sql("insert into deadline_extension (application_id, weeks, reason, recorded_by, recorded_at) values (?, ?, ?, ?, ?)")
                .params(applicationId, weeks, reason.trim(), currentUser.actorName(), Timestamp.from(clock.instant())).update();
        LocalDate due = compute(application);
        access.workflow().moveDecisionDue(applicationId, due);
        events.publishEvent(new DecisionDeadlineExtended(applicationId, application.getReference(), application.getSubmittedBy(),
                Locale.of(application.getApplicantLocale()), before, due, reason));
        return due;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }
}
