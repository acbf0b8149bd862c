package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.fund.CallCatalogue;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.GrantApplication;
import nl.gemeenschapsfonds.submission.IllegalTransitionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Assessment: a reviewer first declares that they have no conflict of interest, then scores each
 * criterion of the call, recommends and motivates. Completing the assessment sends the application
 * to the decision maker. Scores are kept per criterion position of the call.
 */
@Service
public class AssessmentService {

    private final ReviewAccess access;
    private final CallCatalogue calls;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AssignmentService assignments;

    AssessmentService(ReviewAccess access, CallCatalogue calls, JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser,
                      Clock clock, AssignmentService assignments) {
        this.assignments = assignments;
        this.access = access;
        this.calls = calls;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Starts the signed-in reviewer's assessment after their declaration. Declaring a conflict of
     * interest refuses: someone else must assess. Answers the assessment id.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('REVIEWER')")
    public long start(long applicationId, boolean noConflictOfInterest) {
        GrantApplication application = access.inMyAuthority(applicationId);
        if (application.getStatus() != ApplicationStatus.IN_ASSESSMENT) {
            throw new IllegalTransitionException("assess", application.getStatus());
        }
        if (!noConflictOfInterest) {
            assignments.declareConflict(applicationId, currentUser.actorName());
            throw new InvalidInputException("noConflict", "assessment.conflictDeclared");
        }
        Optional<Long> existing = assessmentId(applicationId, currentUser.actorName());
        if (existing.isPresent()) {
            return existing.get();
        }
        // an assessor is an assigned reviewer: assigned by the lead, or now by themselves within the call's cap
        assignments.ensureAssigned(applicationId);
        long id = jdbc.sql("insert into assessment (application_id, reviewer, no_conflict_declared) values (?, ?, true) returning id")
                .params(applicationId, currentUser.actorName()).query(Long.class).single();
        audit.record("ASSESSMENT_STARTED", "Application", applicationId, null, currentUser.actorName(), "no conflict of interest declared");
        return id;
    }

    /** The signed-in reviewer's assessment of an application, if they started one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public Optional<AssessmentForm> mine(long applicationId) {
        GrantApplication application = access.inMyAuthority(applicationId);
        return assessmentId(applicationId, currentUser.actorName()).map(id -> form(application, id));
    }

    /** All assessments of an application of the user's authority, for the decision maker. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public List<AssessmentSummary> all(long applicationId) {
        access.inMyAuthority(applicationId);
        return jdbc.sql("select reviewer, recommendation, weighted_score, motivation, completed_at from assessment where application_id = ? order by id")
                .param(applicationId)
                .query((rs, row) -> new AssessmentSummary(rs.getString("reviewer"),
                        rs.getString("recommendation") == null ? null : Recommendation.valueOf(rs.getString("recommendation")),
                        rs.getBigDecimal("weighted_score"), rs.getString("motivation"), rs.getTimestamp("completed_at") != null))
                .list();
    }

    public record AssessmentSummary(String reviewer, Recommendation recommendation, BigDecimal weightedScore,
                                    String motivation, boolean completed) {
    }

    /**
     * Saves the assessment; with {@code complete} every score, the recommendation and the
     * motivation must be there, and the application goes to the decision maker. Refuses a save
     * on a version someone else already saved.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public AssessmentForm save(AssessmentForm form, boolean complete) {
        GrantApplication application = access.inMyAuthority(form.applicationId());
        long id = assessmentId(form.applicationId(), currentUser.actorName())
                .filter(own -> own == form.assessmentId())
                .orElseThrow(() -> new nl.gemeenschapsfonds.base.NotFoundException("Assessment", form.assessmentId()));
        if (application.getStatus() != ApplicationStatus.IN_ASSESSMENT) {
            throw new IllegalTransitionException("assess", application.getStatus());
        }
        List<Criterion> criteria = criteria(application);
        List<Problem> problems = check(form, criteria, application, complete);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal weighted = weightedScore(form.scores(), criteria);
        int updated = jdbc.sql("""
                        update assessment set recommendation = ?, motivation = ?, weighted_score = ?, completed_at = ?, version = version + 1
                        where id = ? and version = ? and completed_at is null""")
                .params(form.recommendation() == null ? null : form.recommendation().name(), form.motivation(), weighted,
                        complete ? Timestamp.from(clock.instant()) : null, id, form.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("Assessment " + id);
        }
        jdbc.sql("delete from assessment_score where assessment_id = ?").param(id).update();
        for (int position = 0; position < form.scores().size(); position++) {
            AssessmentForm.CriterionScore score = form.scores().get(position);
            if (score.score() != null) {
                jdbc.sql("insert into assessment_score (assessment_id, position, score, comment) values (?, ?, ?, ?)")
                        .params(id, position, score.score(), score.comment()).update();
            }
        }
        jdbc.sql("delete from assessment_proposed_amount where assessment_id = ?").param(id).update();
        form.proposedAmounts().forEach((year, amount) -> jdbc.sql(
                        "insert into assessment_proposed_amount (assessment_id, year, amount) values (?, ?, ?)")
                .params(id, year, amount).update());
        if (complete) {
            // the application goes to the decision maker once the call's assessments (and a second opinion) are in
            AssessmentPolicy.Verdict verdict = policy(application).verdict(completedScores(application.getId()));
            boolean ready = verdict == AssessmentPolicy.Verdict.COMPLETE;
            if (ready) {
                access.workflow().readyForDecision(application.getId());
            }
            audit.record("ASSESSMENT_COMPLETED", "Application", form.applicationId(), ApplicationStatus.IN_ASSESSMENT.name(),
                    (ready ? ApplicationStatus.AWAITING_DECISION : ApplicationStatus.IN_ASSESSMENT).name() + " " + verdict,
                    form.recommendation() + " " + form.proposedAmounts() + " score " + weighted);
        }
        return form(application, id);
    }

    /** The policy of the application's call: how many assessments, when a second opinion. */
    AssessmentPolicy policy(GrantApplication application) {
        return assignments.settingsOf(application.getCallId()).assessmentPolicy();
    }

    /** The total scores of the completed assessments, in the order they were completed. */
    List<BigDecimal> completedScores(long applicationId) {
        return jdbc.sql("select weighted_score from assessment where application_id = ? and completed_at is not null order by completed_at, id")
                .param(applicationId).query(BigDecimal.class).list();
    }

    /**
     * The assessments side by side for the decision maker: each reviewer's scores per criterion, total, recommendation,
     * and the spread and verdict of the call's {@link AssessmentPolicy}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public Comparison comparison(long applicationId) {
        GrantApplication application = access.inMyAuthority(applicationId);
        List<AssessmentForm> forms = jdbc.sql("select id from assessment where application_id = ? order by id").param(applicationId)
                .query(Long.class).list().stream().map(id -> form(application, id)).toList();
        List<String> reviewers = jdbc.sql("select reviewer from assessment where application_id = ? order by id").param(applicationId)
                .query(String.class).list();
        List<BigDecimal> completed = completedScores(applicationId);
        AssessmentPolicy policy = policy(application);
        return new Comparison(reviewers, forms, AssessmentPolicy.spread(completed), policy.required(), policy.secondOpinionSpread(),
                policy.verdict(completed), policy.missing(completed));
    }

    /** The assessments of an application side by side (forms in the order of {@code reviewers}). */
    public record Comparison(List<String> reviewers, List<AssessmentForm> assessments, BigDecimal spread, int required,
                             BigDecimal secondOpinionSpread, AssessmentPolicy.Verdict verdict, int missing) {
    }

    /** Everyone who (started to) assess this application: none of them may decide on it ({@link FourEyesPolicy}). */
    List<String> assessors(long applicationId) {
        return jdbc.sql("select reviewer from assessment where application_id = ?").param(applicationId)
                .query(String.class).list();
    }

    private List<Problem> check(AssessmentForm form, List<Criterion> criteria, GrantApplication application, boolean complete) {
        List<Problem> problems = new ArrayList<>();
        if (form.scores().size() != criteria.size()) {
            problems.add(new Problem("scores", "assessment.criteriaChanged"));
            return problems;
        }
        for (int i = 0; i < criteria.size(); i++) {
            Integer score = form.scores().get(i).score();
            if (score != null && (score < 0 || score > criteria.get(i).maxScore())) {
                problems.add(new Problem("score" + i, "assessment.scoreRange", criteria.get(i).maxScore()));
            } else if (score == null && complete) {
                problems.add(new Problem("score" + i, "assessment.scoreRequired"));
            }
            String comment = form.scores().get(i).comment();
            if (comment != null && comment.length() > 2000) {
                problems.add(new Problem("score" + i, "validation.tooLong", 2000));
            }
        }
        if (form.motivation() != null && form.motivation().length() > 4000) {
            problems.add(new Problem("motivation", "validation.tooLong", 4000));
        }
        SortedMap<Integer, BigDecimal> asked = application.plan().grantPerYear();
        for (Map.Entry<Integer, BigDecimal> proposed : form.proposedAmounts().entrySet()) {
            BigDecimal limit = asked.getOrDefault(proposed.getKey(), BigDecimal.ZERO);
            if (proposed.getValue().signum() < 0 || proposed.getValue().compareTo(limit) > 0) {
                problems.add(new Problem("proposedAmounts", "assessment.proposedAboveAsked", String.valueOf(proposed.getKey()), limit));
            }
        }
        if (complete) {
            if (form.recommendation() == null) {
                problems.add(new Problem("recommendation", "reviewPage.recommendationRequired"));
            }
            if (form.motivation() == null || form.motivation().isBlank()) {
                problems.add(new Problem("motivation", "assessment.motivationRequired"));
            }
        }
        return problems;
    }

    /** The weighted score on the call's criteria (their weights and maxima, not the form's), as the form would show it. */
    static BigDecimal weightedScore(List<AssessmentForm.CriterionScore> scores, List<Criterion> criteria) {
        List<AssessmentForm.CriterionScore> onCall = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(scores.size(), criteria.size()); i++) {
            Criterion criterion = criteria.get(i);
            onCall.add(new AssessmentForm.CriterionScore(criterion.nameNl(), criterion.nameEn(), criterion.weight(),
                    criterion.maxScore(), scores.get(i).score(), null));
        }
        return AssessmentForm.weightedScore(onCall);
    }

    private List<Criterion> criteria(GrantApplication application) {
        return calls.terms(application.getCallId()).criteria();
    }

    private Optional<Long> assessmentId(long applicationId, String reviewer) {
        return jdbc.sql("select id from assessment where application_id = ? and lower(reviewer) = lower(?)")
                .params(applicationId, reviewer).query(Long.class).optional();
    }

    private AssessmentForm form(GrantApplication application, long id) {
        var row = jdbc.sql("select * from assessment where id = ?").param(id).query().singleRow();
        Map<Integer, Object[]> scores = new TreeMap<>();
        jdbc.sql("select position, score, comment from assessment_score where assessment_id = ?").param(id)
                .query((rs, r) -> scores.put(rs.getInt("position"), new Object[]{rs.getInt("score"), rs.getString("comment")}))
                .list();
        List<Criterion> criteria = criteria(application);
        List<AssessmentForm.CriterionScore> list = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Object[] given = scores.get(i);
            Criterion c = criteria.get(i);
            list.add(new AssessmentForm.CriterionScore(c.nameNl(), c.nameEn(), c.weight(), c.maxScore(),
                    given == null ? null : (Integer) given[0], given == null ? null : (String) given[1]));
        }
        SortedMap<Integer, BigDecimal> proposed = new TreeMap<>();
        jdbc.sql("select year, amount from assessment_proposed_amount where assessment_id = ?").param(id)
                .query((rs, r) -> proposed.put(rs.getInt("year"), rs.getBigDecimal("amount"))).list();
        return new AssessmentForm(application.getId(), id, ((Number) row.get("version")).longValue(), list,
                row.get("recommendation") == null ? null : Recommendation.valueOf((String) row.get("recommendation")),
                proposed, (String) row.get("motivation"), (BigDecimal) row.get("weighted_score"), row.get("completed_at") != null);
    }
}
