package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.ApplicationRecordsDestroyed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Destroys submission's personal data of an application whose destruction list was approved (issue 17,
 * docs/adr/0024-retention-and-destruction.md): the attachments (rows, and files in the folder storage once the
 * transaction commits), who submitted it, the facility's address and every free text of the application and its plan.
 * Kept: the reference, call, organisation, its co-applicant organisations (not their roles), title, status, amounts per
 * line, dates.
 */
@Component
class SubmissionRecordsDestruction {

    private final JdbcClient jdbc;
    private final AttachmentStore store;

    SubmissionRecordsDestruction(JdbcClient jdbc, AttachmentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @EventListener
    void on(ApplicationRecordsDestroyed destroyed) {
        long id = destroyed.applicationId();
        jdbc.sql("delete from attachment where application_id = ? returning storage_key").param(id)
                .query(UUID.class).list().forEach(store::remove);
        jdbc.sql("""
                        update grant_application set submitted_by = null, assigned_reviewer = null, facility_name = null,
                            facility_street = null, facility_postcode = null, description = null, target_groups = null,
                            activities = null, partners = null, intervention = null
                        where id = ?""")
                .param(id).update();
        // the partners' roles are free text; which organisations were partners is kept, like the applying one
        jdbc.sql("update co_applicant set role = '', added_by = '' where application_id = ?").param(id).update();
        jdbc.sql("update cost_line set description = null where application_id = ?").param(id).update();
        jdbc.sql("update financing_line set description = null where application_id = ?").param(id).update();
    }
}
