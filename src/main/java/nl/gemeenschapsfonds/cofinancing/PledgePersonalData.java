package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.security.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Co-financing's part of a person's inzage (issue 17): for an applicant the pledges and conditions on the
 * applications they are the contact of; for a funder user their funder's pledges, with the letters of commitment.
 */
@Component
class PledgePersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    PledgePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Section collect(Subject subject) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Document> letters = new ArrayList<>();
        if (!subject.applicationIds().isEmpty()) {
            data.put("pledgesOnMyApplications", PersonalDataSource.rows(jdbc.sql(
                            "select * from pledge where application_id in (:ids) order by id")
                    .param("ids", subject.applicationIds()).query().listOfRows()));
            data.put("coFinancingConditions", PersonalDataSource.rows(jdbc.sql(
                            "select * from cofinancing_condition where application_id in (:ids) order by id")
                    .param("ids", subject.applicationIds()).query().listOfRows()));
            letters.addAll(letters("application_id in (:ids)", "ids", subject.applicationIds()));
        }
        if (subject.funderId() != null) {
            data.put("pledgesOfMyFunder", PersonalDataSource.rows(jdbc.sql("select * from pledge where funder_id = ? order by id")
                    .param(subject.funderId()).query().listOfRows()));
            letters.addAll(letters("funder_id = (:funder)", "funder", subject.funderId()));
        }
        return new Section("cofinancing", data, letters);
    }

    private List<Document> letters(String where, String name, Object value) {
        return jdbc.sql("select id, letter from pledge where letter is not null and " + where + " order by id")
                .param(name, value)
                .query((rs, row) -> new Document("pledges/commitment-letter-" + rs.getLong(1) + ".pdf", rs.getBytes(2)))
                .list();
    }
}
