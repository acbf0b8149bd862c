package nl.gemeenschapsfonds.audit;

import nl.gemeenschapsfonds.base.ApplicationRecordsDestroyed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit entries about an application whose destruction list was approved lose their personal data: who acted
 * (replaced by "(vernietigd)"), the before and after texts and the reason; what happened when stays (issue 17,
 * docs/adr/0024-retention-and-destruction.md). The trail stays append-only otherwise: only the database function
 * {@code redact_audit_of_application} (V51) may change these columns, and only of the entries about that application
 * (its object id, or a text naming its reference).
 */
@Component
class AuditRecordsDestruction {

    private final JdbcClient jdbc;

    AuditRecordsDestruction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ApplicationRecordsDestroyed destroyed) {
        jdbc.sql("select redact_audit_of_application(?, ?)").params(destroyed.applicationId(), destroyed.reference())
                .query(Integer.class).single();
    }
}
