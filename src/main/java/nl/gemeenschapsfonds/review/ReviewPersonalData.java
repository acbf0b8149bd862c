package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.security.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Review's part of a person's inzage (issue 17): the supplement requests, deadline extensions, decisions with their
 * amounts and letters, and objections on the applications the person is the contact of. Assessments and internal
 * notes are the authority's internal deliberation and stay out (docs/adr/0025-inzage-erasure-mail-preferences.md).
 */
@Component
class ReviewPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    ReviewPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Section collect(Subject subject) {
        if (subject.applicationIds().isEmpty()) {
            return new Section("review", Map.of(), List.of());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("supplementRequests", rows("select * from supplement_request where application_id in (:ids) order by id", subject));
        data.put("deadlineExtensions", rows("select * from deadline_extension where application_id in (:ids) order by id", subject));
        data.put("decisions", rows("select * from decision where application_id in (:ids) order by id", subject));
        data.put("decisionAmounts", rows("""
                select da.* from decision_amount da join decision d on d.id = da.decision_id
                where d.application_id in (:ids) order by da.decision_id""", subject));
        data.put("objections", rows("select * from objection where application_id in (:ids) order by id", subject));
        List<Document> letters = new ArrayList<>();
        jdbc.sql("""
                        select d.id, d.letter_pdf, d.letter_language from decision d
                        where d.application_id in (:ids) and d.letter_pdf is not null order by d.id""")
                .param("ids", subject.applicationIds())
                .query((rs, row) -> new Document("decisions/decision-" + rs.getLong(1) + "-" + rs.getString(3) + ".pdf",
                        rs.getBytes(2)))
                .list().forEach(letters::add);
        return new Section("review", data, letters);
    }

    private List<Map<String, Object>> rows(String sql, Subject subject) {
        return PersonalDataSource.rows(jdbc.sql(sql).param("ids", subject.applicationIds()).query().listOfRows());
    }
}
