package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.GrantApplication;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import nl.gemeenschapsfonds.submission.SupplementSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Intake (Awb 4:5): an application is found complete and goes to assessment, or the applicant is
 * asked for a supplement within a repair period, during which the decision clock stands still.
 * When the period passes without the supplement, a reviewer decides not to consider it: that is a
 * decision the applicant can object to, so a person takes it (see docs/adr/0006-not-considered.md).
 */
@Service
public class IntakeService {

    public record SupplementRequest(long id, String text, LocalDate requestedOn, LocalDate dueOn, LocalDate answeredOn,
                                    String outcome) {
    }

    private final ReviewAccess access;
    private final DeadlineService deadlines;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakeService(ReviewAccess access, DeadlineService deadlines, JdbcClient jdbc, CurrentUser currentUser,
                  ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The application is complete: it goes to assessment. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void completeIntake(long applicationId) {
        access.inMyAuthority(applicationId);
        access.workflow().completeIntake(applicationId);
        events.publishEvent(new IntakeCompleted(applicationId));
    }

    /** Asks the applicant for a supplement within {@code repairDays}; the applicant gets a mail with what and until when. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public LocalDate requestSupplement(long applicationId, String text, int repairDays) {
        List<Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new Problem("supplementText", "validation.required"));
        } else if (text.length() > 4000) {
            problems.add(new Problem("supplementText", "validation.tooLong", 4000));
        }
        if (repairDays < 1 || repairDays > 90) {
            problems.add(new Problem("repairDays", "validation.between", 1, 90));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GrantApplication application = access.inMyAuthority(applicationId);
        access.workflow().requestSupplement(applicationId);
        LocalDate today = today();
        LocalDate due = today.plusDays(repairDays);
        jdbc.sql("""
                        insert into supplement_request (application_id, request_text, repair_days, requested_at, requested_on, due_on, requested_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(applicationId, text.trim(), repairDays, Timestamp.from(clock.instant()), Date.valueOf(today),
                        Date.valueOf(due), currentUser.actorName()).update();
        events.publishEvent(new SupplementRequested(applicationId, application.getReference(), application.getSubmittedBy(),
                Locale.of(application.getApplicantLocale()), text.trim(), due));
        return due;
    }

    /** The repair period passed without the supplement: the reviewer decides not to consider the application. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void notConsider(long applicationId) {
        GrantApplication application = access.inMyAuthority(applicationId);
        SupplementRequest open = openRequest(applicationId)
                .orElseThrow(() -> new IllegalTransitionException("not consider", application.getStatus()));
        if (!today().isAfter(open.dueOn())) {
            throw new InvalidInputException("notConsider", "intake.repairPeriodRunning", open.dueOn());
        }
        access.workflow().notConsidered(applicationId);
        jdbc.sql("update supplement_request set outcome = 'NOT_CONSIDERED', answered_on = due_on where id = ?")
                .param(open.id()).update();
        events.publishEvent(new ApplicationNotConsidered(applicationId, application.getReference(),
                application.getSubmittedBy(), Locale.of(application.getApplicantLocale()), open.text(), open.dueOn()));
    }

    /** The supplement requests of an application of the user's authority, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public List<SupplementRequest> requests(long applicationId) {
        access.inMyAuthority(applicationId);
        return jdbc.sql("select * from supplement_request where application_id = ? order by requested_at")
                .param(applicationId).query(IntakeService::request).list();
    }

    /**
     * The applicant sent back the application: the open request is answered today and the
     * deadline moves by the days the clock stood still. Runs in the applicant's transaction.
     */
    @EventListener
    void onSupplementSubmitted(SupplementSubmitted submitted) {
        jdbc.sql("update supplement_request set outcome = 'ANSWERED', answered_on = ? where application_id = ? and outcome is null")
                .params(Date.valueOf(today()), submitted.applicationId()).update();
        // submission changes the managed entity of the applicant's transaction and flushes it with that transaction
        access.workflow().resumeDecisionClock(submitted.applicationId(), deadlines.compute(access.byId(submitted.applicationId())));
    }

    /** The open supplement request of the applicant's own application: what is asked and until when. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<SupplementRequest> myOpenRequest(long applicationId) {
        return access.ownedByMe(applicationId).flatMap(mine -> openRequest(applicationId));
    }

    Optional<SupplementRequest> openRequest(long applicationId) {
        return jdbc.sql("select * from supplement_request where application_id = ? and outcome is null")
                .param(applicationId).query(IntakeService::request).optional();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private static SupplementRequest request(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SupplementRequest(rs.getLong("id"), rs.getString("request_text"), rs.getDate("requested_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(),
                rs.getDate("answered_on") == null ? null : rs.getDate("answered_on").toLocalDate(), rs.getString("outcome"));
    }
}
