package nl.gemeenschapsfonds.submission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The table {@code application_answers} for {@link ApplicationAnswers}: per application the version of the questions
 * it was started with, its answers and the eligibility answers it came through, as JSON.
 */
@Component
class AnswerStore {

    /** What is stored of one application. */
    record Stored(int version, Map<String, String> answers, Map<String, String> eligibility) {
    }

    /** The answers of one application of a list, with the call and the version of its questions. */
    record StoredOf(long applicationId, long callId, int version, Map<String, String> answers) {
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

    /** The stored answers of these applications (at most 1,000) that belong to {@code authority}. */
    List<StoredOf> readOfAuthority(Collection<Long> applicationIds, long authority) {
        return jdbc.sql("""
                        select a.application_id, g.call_id, a.question_version, a.answers::text as answers
                        from application_answers a join grant_application g on g.id = a.application_id
                        join application_authority s on s.application_id = a.application_id
                        where a.application_id in (:ids) and s.authority_id = :authority""")
                .param("ids", applicationIds).param("authority", authority)
                .query((rs, n) -> new StoredOf(rs.getLong(1), rs.getLong(2), rs.getInt(3), JSON.readValue(rs.getString(4), MAP)))
                .list();
    }

    /** The names of the files attached to these applications (at most 1,000): per application, by attachment id. */
    Map<Long, Map<Long, String>> fileNames(Collection<Long> applicationIds) {
        record FileName(long applicationId, long id, String name) {
        }
        return jdbc.sql("select application_id, id, file_name from attachment where application_id in (:ids)")
                .param("ids", applicationIds).query((rs, n) -> new FileName(rs.getLong(1), rs.getLong(2), rs.getString(3))).list()
                .stream().collect(Collectors.groupingBy(FileName::applicationId, Collectors.toMap(FileName::id, FileName::name)));
    }
}
