package nl.gemeenschapsfonds.base.mail;

import nl.gemeenschapsfonds.base.ApplicationRecordsDestroyed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The messages about an application whose destruction list was approved go from the mail outbox, with their
 * attachments (issue 17, docs/adr/0024-retention-and-destruction.md): every mail stored as being about the
 * application (receipts, supplement requests, decisions, reminders, payment mails: {@code application_reference},
 * from the subject, V72), and every mail about no single application whose subject or body names the reference as a
 * whole word (a digest, a mention in the text only).
 */
@Component
class MailRecordsDestruction {

    private final JdbcClient jdbc;

    MailRecordsDestruction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ApplicationRecordsDestroyed destroyed) {
        if (destroyed.reference() == null || destroyed.reference().isBlank()) {
            return;
        }
        // references are letters, digits and hyphens (GF-2027-000012): no regex characters to escape
        String word = "(^|[^0-9A-Za-z])" + destroyed.reference() + "($|[^0-9])";
        jdbc.sql("""
                        delete from mail_outbox where application_reference = ?
                        or (application_reference is null and (subject ~ ? or body ~ ?))""")
                .params(destroyed.reference(), word, word).update();
    }
}
