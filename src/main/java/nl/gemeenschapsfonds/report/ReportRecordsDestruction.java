package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.ApplicationRecordsDestroyed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Destroys report's personal data of an application whose destruction list was approved (issue 17,
 * docs/adr/0024-retention-and-destruction.md): the reports' texts and who submitted them, their attachments, the
 * settlement letter and the texts of settlement and reductions. Kept: the obligations' kinds, dates and status, the
 * amounts spent and received, the settlement's amounts and dates, repayment claims.
 */
@Component
class ReportRecordsDestruction {

    private static final String DESTROYED = "[vernietigd]";

    private final JdbcClient jdbc;

    ReportRecordsDestruction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ApplicationRecordsDestroyed destroyed) {
        long id = destroyed.applicationId();
        jdbc.sql("delete from report_attachment where report_id in (select id from report_obligation where application_id = ?)")
                .param(id).update();
        jdbc.sql("""
                        update report_obligation set activities = null, loneliness_change = null, submitted_by = null,
                            more_asked_text = case when more_asked_text is null then null else ? end
                        where application_id = ?""")
                .params(DESTROYED, id).update();
        jdbc.sql("update settlement set letter_pdf = null, motivation = null where application_id = ?").param(id).update();
        jdbc.sql("update settlement_reduction set note = null where settlement_id in (select id from settlement where application_id = ?)")
                .param(id).update();
    }
}
