package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call's own questions and eligibility check (issue 21 items 1 and 2, ADR 0026). The administrator edits them in
 * the call editor while the call is a draft; once it is published they are frozen: a change makes a new version, only
 * with a reason, kept as an amendment of the call and audited. Applications keep the version they were started with
 * (the submission module records it). The questions of a published call are public, like the call itself.
 */
@Service
public class CallQuestionService {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<List<CallQuestion>> QUESTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<EligibilityQuestion>> ELIGIBILITY = new TypeReference<>() {
    };

    private final GrantCallRepository calls;
    private final FundService funds;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;
    private final JdbcClient jdbc;

    CallQuestionService(GrantCallRepository calls, FundService funds, AuditTrail audit, CurrentUser currentUser,
                        java.time.Clock clock, JdbcClient jdbc) {
        this.calls = calls;
        this.funds = funds;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The latest version of a call's questions, for the call editor; a call of another authority is not found. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'DECISION_MAKER')")
    public CallQuestions forEditor(long callId) {
        scoped(callId);
        return latest(callId);
    }

    /**
     * Saves the questions and the eligibility check of a call. While the call is a draft they are simply replaced.
     * Once it is published, a change makes a new version and needs {@code amendmentReason} (refused at the field
     * {@code amendmentReason} without one); the amendment is kept, shown on the public page and audited. Returns
     * whether anything changed. Throws {@link InvalidInputException} at {@code questions} or {@code eligibility}.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean save(long callId, List<CallQuestion> questions, List<EligibilityQuestion> eligibility,
                        String amendmentReason) {
        GrantCall call = scoped(callId);
        List<Problem> problems = QuestionRules.check(questions, eligibility);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CallQuestions before = latest(callId);
        List<String> changed = new ArrayList<>();
        if (!before.questions().equals(questions)) {
            changed.add("call.section.questions");
        }
        if (!before.eligibility().equals(eligibility)) {
            changed.add("call.section.eligibility");
        }
        if (changed.isEmpty()) {
            return false;
        }
        String actor = currentUser.actorName();
        Timestamp now = Timestamp.from(clock.instant());
        if (call.getStatus() == CallStatus.DRAFT) {
            jdbc.sql("""
                            insert into call_question_set (call_id, version, questions, eligibility, created_at, created_by)
                            values (?, 1, cast(? as jsonb), cast(? as jsonb), ?, ?)
                            on conflict (call_id, version) do update set questions = excluded.questions,
                                eligibility = excluded.eligibility, created_at = excluded.created_at, created_by = excluded.created_by""")
                    .params(callId, JSON.writeValueAsString(questions), JSON.writeValueAsString(eligibility), now, actor)
                    .update();
            audit.record("CALL_QUESTIONS_SAVED", "Call", callId, summary(before), summary(questions, eligibility), null);
            return true;
        }
        if (amendmentReason == null || amendmentReason.isBlank()) {
            throw new InvalidInputException("amendmentReason", "call.validation.amendmentReasonRequired");
        }
        if (amendmentReason.strip().length() > 2000) {
            throw new InvalidInputException("amendmentReason", "validation.tooLong", 2000);
        }
        int version = before.version() + 1;
        jdbc.sql("""
                        insert into call_question_set (call_id, version, questions, eligibility, created_at, created_by)
                        values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""")
                .params(callId, version, JSON.writeValueAsString(questions), JSON.writeValueAsString(eligibility), now, actor)
                .update();
        jdbc.sql("insert into call_amendment (call_id, amended_at, amended_by, changed, reason) values (?, ?, ?, ?, ?)")
                .params(callId, now, actor, String.join(",", changed), amendmentReason.strip())
                .update();
        audit.record("CALL_AMENDED", "Call", callId, summary(before),
                "questions version " + version + ": " + summary(questions, eligibility) + "; changed " + changed,
                amendmentReason.strip());
        return true;
    }

    /**
     * The questions an application started today in a published call gets: the latest version. Public, like the
     * call; a draft call is not found. Called by the submission module when a draft is started.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public CallQuestions current(long callId) {
        published(callId);
        return latest(callId);
    }

    /** One version of a published call's questions, as an application that was started with it shows them. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public CallQuestions version(long callId, int version) {
        published(callId);
        return read(callId, version).orElseGet(() -> new CallQuestions(callId, version, List.of(), List.of()));
    }

    /** The eligibility check of a published call, for its public page (empty when the call has none). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<EligibilityQuestion> eligibilityCheck(long callId) {
        return current(callId).eligibility();
    }

    private CallQuestions latest(long callId) {
        Integer version = jdbc.sql("select max(version) from call_question_set where call_id = ?").param(callId)
                .query(Integer.class).optional().orElse(null);
        return version == null ? CallQuestions.none(callId) : read(callId, version).orElseThrow();
    }

    private Optional<CallQuestions> read(long callId, int version) {
        return jdbc.sql("select questions::text as q, eligibility::text as e from call_question_set where call_id = ? and version = ?")
                .params(callId, version)
                .query((rs, row) -> new CallQuestions(callId, version, JSON.readValue(rs.getString("q"), QUESTIONS),
                        JSON.readValue(rs.getString("e"), ELIGIBILITY)))
                .optional();
    }

    private GrantCall scoped(long callId) {
        GrantCall call = calls.findById(callId).orElseThrow(() -> new NotFoundException("Call", callId));
        funds.scoped(call.getFundId());
        return call;
    }

    private void published(long callId) {
        calls.findById(callId).filter(call -> call.getStatus() != CallStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("Call", callId));
    }

    private static String summary(CallQuestions questions) {
        return "questions version " + questions.version() + ": " + summary(questions.questions(), questions.eligibility());
    }

    private static String summary(List<CallQuestion> questions, List<EligibilityQuestion> eligibility) {
        return questions.size() + " questions (" + questions.stream().map(q -> q.kind() + " " + q.labelNl())
                .collect(java.util.stream.Collectors.joining("; ")) + "), " + eligibility.size() + " eligibility questions";
    }
}
