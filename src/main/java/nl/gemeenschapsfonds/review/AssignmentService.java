package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Several reviewers per application (issue 21.3, ADR 0027): the reviewers' lead (a reviewer listed in
 * {@code review_lead}, or an administrator) assigns reviewers to one or many applications, within the call's cap per
 * reviewer ({@link AssignmentPolicy}; the database holds the cap too); a reviewer may assign themselves. A declared
 * conflict of interest blocks the assignment and is audited. The call's review settings ({@link ReviewSettings}) are
 * kept here as well.
 */
@Service
public class AssignmentService {

    private final ReviewAccess access;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final UserAccounts accounts;
    private final Clock clock;
    private final TransactionTemplate eachOnItsOwn;

    AssignmentService(ReviewAccess access, JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, UserAccounts accounts,
                      Clock clock, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /** A reviewer of the user's authority, to choose in the assignment dialog. */
    public record Reviewer(String email, String displayName) {
    }

    /** What one assignment came to, per application. */
    public record Result(long applicationId, String reference, AssignmentPolicy.Outcome outcome) {
    }

    /** Whether the signed-in user may assign others: an administrator, or a reviewer who leads the review. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'ADMIN')")
    public boolean isLead() {
        var user = currentUser.require();
        if (user.role() == Role.ADMIN) {
            return true;
        }
        return user.role() == Role.REVIEWER && jdbc.sql("select count(*) from review_lead where email = ?")
                .param(user.email().toLowerCase(Locale.ROOT)).query(Long.class).single() > 0;
    }

    /** Makes a reviewer of the administrator's authority the reviewers' lead (or no longer). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setLead(String reviewerEmail, boolean lead) {
        String email = reviewerEmail.toLowerCase(Locale.ROOT);
        if (reviewers().stream().noneMatch(r -> r.email().equalsIgnoreCase(email))) {
            throw new InvalidInputException("reviewer", "assignment.unknownReviewer");
        }
        if (lead) {
            jdbc.sql("insert into review_lead (email, granted_by, granted_at) values (?, ?, ?) on conflict do nothing")
                    .params(email, currentUser.actorName(), Timestamp.from(clock.instant())).update();
        } else {
            jdbc.sql("delete from review_lead where email = ?").param(email).update();
        }
        audit.record(lead ? "REVIEW_LEAD_GRANTED" : "REVIEW_LEAD_REVOKED", "User", email, null, String.valueOf(lead), null);
    }

    /** The reviewers of the user's authority, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'ADMIN')")
    public List<Reviewer> reviewers() {
        return accounts.staffOf(currentUser.require().requireAuthority(), Role.REVIEWER).stream()
                .map(a -> new Reviewer(a.email().toLowerCase(Locale.ROOT), a.displayName())).toList();
    }

    /** The review settings of a call of the user's authority (the defaults when none were set). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'ADMIN')")
    public ReviewSettings settings(long callId) {
        access.requireMyCall(callId);
        return settingsOf(callId);
    }

    /**
     * The review settings of a call as the lead's form gives them (an empty field stays empty until {@link
     * ReviewSettingsPolicy} has spoken): refused at the field with the policy's message, else saved as
     * {@link #saveSettings(ReviewSettings)} does. The work queue's settings dialog and the administrator's screen say the
     * same about the same value.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public ReviewSettings saveSettings(long callId, ReviewSettingsForm form) {
        access.requireMyCall(callId);
        requireLead();
        List<InvalidInputException.Problem> problems = ReviewSettingsPolicy.problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return saveSettings(ReviewSettingsPolicy.settings(callId, form));
    }

    /**
     * Sets the review settings of a call of the user's authority; only the reviewers' lead or an administrator. A value
     * out of range ({@link ReviewSettingsPolicy}) is refused at its field and nothing is saved.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public ReviewSettings saveSettings(ReviewSettings settings) {
        access.requireMyCall(settings.callId());
        requireLead();
        List<InvalidInputException.Problem> problems = ReviewSettingsPolicy.problems(ReviewSettingsForm.of(settings));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReviewSettings before = settingsOf(settings.callId());
        jdbc.sql("""
                        insert into review_call_setting (call_id, assessments_required, second_opinion_spread, reviewer_cap, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (call_id) do update set assessments_required = excluded.assessments_required,
                            second_opinion_spread = excluded.second_opinion_spread, reviewer_cap = excluded.reviewer_cap,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(settings.callId(), settings.assessmentsRequired(), settings.secondOpinionSpread(), settings.reviewerCap(),
                        currentUser.actorName(), Timestamp.from(clock.instant())).update();
        audit.record("REVIEW_SETTINGS_CHANGED", "Call", settings.callId(), before.toString(), settings.toString(), null);
        return settings;
    }

    /**
     * The lead assigns {@code reviewer} to each application, each on its own: one refused (conflict, cap, not open)
     * does not undo the others. Answers the outcome per application.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public List<Result> assign(Collection<Long> applicationIds, String reviewer) {
        requireLead();
        String who = reviewer == null ? "" : reviewer.toLowerCase(Locale.ROOT);
        if (reviewers().stream().noneMatch(r -> r.email().equals(who))) {
            throw new InvalidInputException("reviewer", "assignment.unknownReviewer");
        }
        List<Result> results = new ArrayList<>();
        for (long id : applicationIds) {
            results.add(eachOnItsOwn.execute(status -> assignOne(id, who, true)));
        }
        return results;
    }

    /**
     * The signed-in reviewer takes an application in hand, with their declaration: declaring a conflict of interest
     * records it (audited) and refuses the assignment.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('REVIEWER')")
    public Result assignMyself(long applicationId, boolean noConflictOfInterest) {
        String me = currentUser.actorName().toLowerCase(Locale.ROOT);
        if (!noConflictOfInterest) {
            declareConflict(applicationId, me);
            throw new InvalidInputException("noConflict", "assignment.conflictDeclared");
        }
        Result result = assignOne(applicationId, me, false);
        refuseUnless(result);
        // ui21: the page's one button; with the declaration the reviewer also has it in hand while nobody has yet
        if (access.inMyAuthority(applicationId).getAssignedReviewer() == null) {
            markInHand(applicationId);
        }
        return result;
    }

    /** Records the reviewer's conflict of interest with an application (audited); an assignment of theirs goes. */
    void declareConflict(long applicationId, String reviewer) {
        GrantApplication application = access.inMyAuthority(applicationId);
        String who = reviewer.toLowerCase(Locale.ROOT);
        jdbc.sql("""
                        insert into review_conflict (application_id, reviewer, declared_by, declared_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(application.getId(), who, currentUser.actorName(), Timestamp.from(clock.instant())).update();
        jdbc.sql("delete from review_assignment where application_id = ? and reviewer = ?").params(application.getId(), who).update();
        audit.record("CONFLICT_DECLARED", "Application", applicationId, null, who, "conflict of interest declared");
    }

    /** Submission's "taken in hand" marker for the signed-in reviewer, audited; only while nobody has it in hand. */
    private void markInHand(long applicationId) {
        access.workflow().assignTo(applicationId, currentUser.actorName());
        audit.record("ASSIGNED", "Application", applicationId, null, currentUser.actorName(), null);
    }

    /**
     * Makes sure the signed-in reviewer is assigned before they assess: their own assignment within the cap (what
     * a reviewer did before issue 21: start an assessment without being assigned).
     */
    void ensureAssigned(long applicationId) {
        String me = currentUser.actorName().toLowerCase(Locale.ROOT);
        refuseUnless(assignOne(applicationId, me, false));
    }

    private void refuseUnless(Result result) {
        switch (result.outcome()) {
            case ASSIGNED, ALREADY_ASSIGNED -> {
            }
            case CONFLICT_OF_INTEREST -> throw new InvalidInputException("reviewer", "assignment.conflict");
            case OVER_CAP -> throw new InvalidInputException("reviewer", "assignment.overCap", capOf(result.applicationId()));
            case NOT_A_LEAD -> throw new InvalidInputException("reviewer", "assignment.notLead");
            case NOT_OPEN -> throw new InvalidInputException("reviewer", "assignment.notOpen", result.reference());
        }
    }

    private Result assignOne(long applicationId, String reviewer, boolean byLead) {
        GrantApplication application = access.inMyAuthority(applicationId);
        if (!isOpen(application.getStatus())) {
            return new Result(applicationId, application.getReference(), AssignmentPolicy.Outcome.NOT_OPEN);
        }
        // the call's settings row locked first (as V59's trigger does): assignments to one call wait for each other,
        // so the count below includes one that committed a moment ago
        jdbc.sql("select call_id from review_call_setting where call_id = ? for update").param(application.getCallId())
                .query(Long.class).optional();
        ReviewSettings settings = settingsOf(application.getCallId());
        int held = jdbc.sql("select count(*) from review_assignment where call_id = ? and reviewer = ?")
                .params(application.getCallId(), reviewer).query(Integer.class).single();
        Set<String> assigned = new HashSet<>(assigned(applicationId));
        Set<String> conflicted = new HashSet<>(jdbc.sql("select reviewer from review_conflict where application_id = ?")
                .param(applicationId).query(String.class).list());
        String actor = currentUser.actorName();
        AssignmentPolicy.Outcome outcome = new AssignmentPolicy(settings.reviewerCap())
                .assign(actor, reviewer, byLead, held, assigned, conflicted);
        if (outcome == AssignmentPolicy.Outcome.ASSIGNED) {
            // the database refuses an assignment beyond the cap too (V59's trigger), should one pass this check
            jdbc.sql("insert into review_assignment (application_id, call_id, reviewer, assigned_by, assigned_at) values (?, ?, ?, ?, ?)")
                    .params(applicationId, application.getCallId(), reviewer, actor, Timestamp.from(clock.instant())).update();
        }
        switch (outcome) {
            case ASSIGNED -> audit.record("REVIEWER_ASSIGNED", "Application", applicationId, null, reviewer, byLead ? "by lead" : "self");
            case CONFLICT_OF_INTEREST -> audit.record("ASSIGNMENT_REFUSED_CONFLICT", "Application", applicationId, null, reviewer,
                    "conflict of interest declared");
            case OVER_CAP -> audit.record("ASSIGNMENT_REFUSED_CAP", "Application", applicationId, null, reviewer,
                    "cap " + settings.reviewerCap());
            default -> {
            }
        }
        return new Result(applicationId, application.getReference(), outcome);
    }

    /** The reviewers assigned to an application, in the order of assignment. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'ADMIN')")
    public List<String> assignedTo(long applicationId) {
        access.inMyAuthority(applicationId);
        return assigned(applicationId);
    }

    private List<String> assigned(long applicationId) {
        return jdbc.sql("select reviewer from review_assignment where application_id = ? order by id")
                .param(applicationId).query(String.class).list();
    }

    ReviewSettings settingsOf(long callId) {
        return jdbc.sql("select assessments_required, second_opinion_spread, reviewer_cap from review_call_setting where call_id = ?")
                .param(callId)
                .query((rs, row) -> new ReviewSettings(callId, rs.getInt("assessments_required"),
                        rs.getBigDecimal("second_opinion_spread"), (Integer) rs.getObject("reviewer_cap")))
                .optional().orElse(ReviewSettings.defaults(callId));
    }

    private Integer capOf(long applicationId) {
        return settingsOf(access.inMyAuthority(applicationId).getCallId()).reviewerCap();
    }

    private void requireLead() {
        if (!isLead()) {
            throw new InvalidInputException("reviewer", "assignment.notLead");
        }
    }

    private static boolean isOpen(ApplicationStatus status) {
        return status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.SUPPLEMENT_REQUESTED
                || status == ApplicationStatus.IN_ASSESSMENT;
    }
}
