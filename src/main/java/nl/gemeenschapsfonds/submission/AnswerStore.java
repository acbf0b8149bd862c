package nl.gemeenschapsfonds.submission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The table {@code application_answers} for {@link ApplicationAnswers}: per application the version of the questions
 * it was started with, its answers and the eligibility answers it came through, as JSON.
 */
@Component
class AnswerStore {

    /** What is stored of one application. */
    record Stored(int version, Map<String, String> answers, Map<String, String> eligibility) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;

    AnswerStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Stored> read(long applicationId) {
        return jdbc.sql("select question_version, answers::text as a, eligibility::text as e from application_answers where application_id = ?")
                .param(applicationId)
                .query((rs, row) -> new Stored(rs.getInt("question_version"), JSON.readValue(rs.getString("a"), MAP),
                        JSON.readValue(rs.getString("e"), MAP)))
                .optional();
    }

    /** Pins the version of the questions with the eligibility answers kept; nothing when the application has its row. */
    void start(long applicationId, int version, Map<String, String> eligibility) {
        jdbc.sql("""
                        insert into application_answers (application_id, question_version, answers, eligibility, updated_at)
                        values (?, ?, '{}', cast(? as jsonb), ?) on conflict (application_id) do nothing""")
                .params(applicationId, version, JSON.writeValueAsString(eligibility), Timestamp.from(clock.instant()))
                .update();
    }

    void saveAnswers(long applicationId, Map<String, String> answers) {
        jdbc.sql("update application_answers set answers = cast(? as jsonb), updated_at = ? where application_id = ?")
                .params(JSON.writeValueAsString(answers), Timestamp.from(clock.instant()), applicationId).update();
    }
}
