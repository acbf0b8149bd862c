package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.ApplicationRecordsDestroyed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Destroys review's personal data of an application whose destruction list was approved (issue 17,
 * docs/adr/0024-retention-and-destruction.md): the decision letter, internal notes, the texts of supplement requests,
 * extensions, assessments, the decision and the objection. Kept: the decision's kind, date, amounts per year, advances
 * and who decided (the four-eyes guard on payments reads it), the objection's dates and outcome.
 */
@Component
class ReviewRecordsDestruction {

    static final String DESTROYED = "[vernietigd]";

    private final JdbcClient jdbc;

    ReviewRecordsDestruction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ApplicationRecordsDestroyed destroyed) {
        long id = destroyed.applicationId();
        jdbc.sql("delete from internal_note where application_id = ?").param(id).update();
        jdbc.sql("update supplement_request set request_text = ? where application_id = ?").params(DESTROYED, id).update();
        jdbc.sql("update deadline_extension set reason = ? where application_id = ?").params(DESTROYED, id).update();
        jdbc.sql("update assessment set motivation = null where application_id = ?").param(id).update();
        jdbc.sql("update assessment_score set comment = null where assessment_id in (select id from assessment where application_id = ?)")
                .param(id).update();
        jdbc.sql("""
                        update decision set letter_pdf = null, motivation = ?, conditions = null, report_obligations = null
                        where application_id = ?""")
                .params(DESTROYED, id).update();
        jdbc.sql("update objection set grounds = ?, outcome_motivation = null where application_id = ?")
                .params(DESTROYED, id).update();
    }
}
