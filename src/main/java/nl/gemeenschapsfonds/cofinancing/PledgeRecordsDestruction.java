package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.ApplicationRecordsDestroyed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Destroys co-financing's documents and texts of an application whose destruction list was approved (issue 17,
 * docs/adr/0024-retention-and-destruction.md): the funders' letters of commitment and the texts of pledges. Kept: the
 * funder, years, amounts, kinds, statuses and dates (the co-financing overview adds them up).
 */
@Component
class PledgeRecordsDestruction {

    private final JdbcClient jdbc;

    PledgeRecordsDestruction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ApplicationRecordsDestroyed destroyed) {
        jdbc.sql("""
                        update pledge set letter = null, conditions = null, withdrawal_reason = null,
                            description = case when description is null then null else '[vernietigd]' end
                        where application_id = ?""")
                .param(destroyed.applicationId()).update();
    }
}
