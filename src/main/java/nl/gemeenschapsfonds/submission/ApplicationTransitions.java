package nl.gemeenschapsfonds.submission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The workflow steps that other modules take on an application (intake, assessment, decision,
 * settlement), so that only submission saves its aggregate. Each step loads the application in the
 * signed-in staff member's authority ({@link ApplicationScope}: "not found" otherwise), performs the
 * aggregate's transition (which throws {@link IllegalTransitionException} when its state does not allow
 * it), saves it and so publishes {@link ApplicationStatusChanged}. Each joins the caller's transaction:
 * the caller's audit entries, letters and rows commit or roll back with the step.
 */
@Service
public class ApplicationTransitions {

    private final GrantApplicationRepository applications;
    private final ApplicationScope scope;
    private final ApplicationAccess access;
    private final Clock clock;

    ApplicationTransitions(GrantApplicationRepository applications, ApplicationScope scope, ApplicationAccess access,
                           Clock clock) {
        this.applications = applications;
        this.scope = scope;
        this.access = access;
        this.clock = clock;
    }

    /** Intake found the application complete: SUBMITTED → IN_ASSESSMENT. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void completeIntake(long applicationId) {
        GrantApplication application = scope.inMyAuthority(applicationId);
        application.completeIntake(clock.instant());
        applications.save(application);
    }

    /** A supplement is asked (Awb 4:5): SUBMITTED → SUPPLEMENT_REQUESTED; the applicant may change it again. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void requestSupplement(long applicationId) {
        GrantApplication application = scope.inMyAuthority(applicationId);
        application.requestSupplement(clock.instant());
        applications.save(application);
    }

    /** The repair period passed without the supplement (Awb 4:5): SUPPLEMENT_REQUESTED → NOT_CONSIDERED. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void notConsidered(long applicationId) {
        GrantApplication application = scope.inMyAuthority(applicationId);
        application.notConsidered(clock.instant());
        applications.save(application);
    }

    /** The assessment is done: IN_ASSESSMENT → AWAITING_DECISION. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void readyForDecision(long applicationId) {
        GrantApplication application = scope.inMyAuthority(applicationId);
        application.readyForDecision(clock.instant());
        applications.save(application);
    }

    /** The decision: AWAITING_DECISION → GRANTED (wholly or partly) or REFUSED. */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void decide(long applicationId, boolean granted) {
        GrantApplication application = scope.inMyAuthority(applicationId);
        application.decide(granted, clock.instant());
        applications.save(application);
    }

    /** The settlement (vaststelling) is decided, or a small grant is settled at once: GRANTED/IN_EXECUTION → SETTLED. */
    @Transactional
    @PreAuthorize("hasRole('DECISION_MAKER')")
    public void settle(long applicationId) {
        GrantApplication application = scope.inMyAuthority(applicationId);
        application.settle(clock.instant());
        applications.save(application);
    }

    /** A reviewer takes the application in hand (their "assigned to me" queue). */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void assignTo(long applicationId, String reviewer) {
        GrantApplication application = scope.inMyAuthority(applicationId);
        application.assignTo(reviewer);
        applications.save(application);
    }

    /** A notified extension or a suspension moved the decision deadline; only before the decision. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public void moveDecisionDue(long applicationId, LocalDate newDue) {
        GrantApplication application = scope.inMyAuthority(applicationId);
        application.moveDecisionDue(newDue, clock.instant());
        applications.save(application);
    }

    /**
     * The applicant sent back their application after a supplement was asked: the review module,
     * which knows the request, moves the deadline by the days the clock stood still. Called while
     * {@link SupplementSubmitted} is being published, in the applicant's transaction: the managed
     * application is changed and flushed with that transaction, not saved again (saving would publish
     * its pending events a second time).
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void resumeDecisionClock(long applicationId, LocalDate newDue) {
        GrantApplication application = access.ownedByMe(applicationId);
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new IllegalTransitionException("resume the decision clock of", application.getStatus());
        }
        application.moveDecisionDue(newDue, clock.instant());
    }
}
