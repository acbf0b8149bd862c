package nl.gemeenschapsfonds.base.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox of mails ({@code mail_outbox}, V36): written in the caller's transaction, so a mail exists exactly when
 * the change that caused it was committed; claimed with a conditional update before it is sent, so two nodes or the
 * retry job and the sender after commit never send one mail twice; retried with a growing delay
 * ({@link #delayAfter(int, Duration)}) and marked FAILED after {@code app.mail.retry.max-attempts}. See
 * docs/adr/0017-durable-mail.md.
 */
@Component
public class MailOutbox {

    /** How long a claimed mail may take to send before another attempt may claim it (a node that died mid-send). */
    static final Duration CLAIM = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate inCaller;
    private final TransactionTemplate ownTransaction;
    private final Duration firstDelay;
    private final int maxAttempts;

    MailOutbox(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
               @Value("${app.mail.retry.first-delay:PT1M}") Duration firstDelay,
               @Value("${app.mail.retry.max-attempts:10}") int maxAttempts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.inCaller = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.firstDelay = firstDelay;
        this.maxAttempts = maxAttempts;
    }

    /** One mail as the administrator sees it. */
    public record Item(long id, String recipient, String subject, String status, int attempts, Instant createdAt,
                       Instant nextAttemptAt, String lastError) {
    }

    /** 1 min, 4 min, 16 min, ... (with the default first delay), never more than six hours. */
    static Duration delayAfter(int attempts, Duration first) {
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(Duration.ofHours(6)) < 0; i++) {
            delay = delay.multipliedBy(4);
        }
        return delay.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : delay;
    }

    /**
     * Writes the mail in the current transaction (a new one when there is none, or when the current one is read-only)
     * and answers its id.
     */
    long add(Mail mail, boolean ownTransaction) {
        TransactionTemplate template = ownTransaction ? this.ownTransaction : inCaller;
        return template.execute(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            long id = jdbc.sql("""
                            insert into mail_outbox (recipient, subject, body, created_at, next_attempt_at, application_reference)
                            values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(mail.to(), mail.subject(), mail.text(), now, now, applicationReference(mail.subject()))
                    .query(Long.class).single();
            int position = 0;
            for (Mail.Attachment attachment : mail.attachments()) {
                jdbc.sql("insert into mail_outbox_attachment (mail_id, position, filename, content_type, content) values (?, ?, ?, ?, ?)")
                        .params(id, position++, attachment.filename(), attachment.contentType(), attachment.content()).update();
            }
            return id;
        });
    }

    /** An application's reference as a whole word: GF-2027-000042 (the payment reference GF-2027-000042-1 names it too). */
    private static final Pattern APPLICATION_REFERENCE = Pattern.compile("(?<![0-9A-Za-z])(GF-[0-9]{4}-[0-9]+)(?![0-9])");

    /**
     * The application a mail is about: the reference its subject names (every mail about one application names it
     * there), or null for a mail about none or several; those the destruction of an application's records still finds
     * by their text.
     */
    static String applicationReference(String subject) {
        Matcher found = APPLICATION_REFERENCE.matcher(subject);
        if (!found.find()) {
            return null;
        }
        String reference = found.group(1);
        while (found.find()) {
            if (!found.group(1).equals(reference)) {
                return null;
            }
        }
        return reference;
    }

    /** Takes the mail to send it, when it is waiting (or its earlier claim ran out); empty when someone else has it. */
    Optional<Mail> claim(long id) {
        return ownTransaction.execute(status -> {
            Instant now = clock.instant();
            int claimed = jdbc.sql("""
                            update mail_outbox set status = 'SENDING', claimed_until = ?
                            where id = ? and (status = 'WAITING' or (status = 'SENDING' and claimed_until < ?))""")
                    .params(Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now)).update();
            if (claimed != 1) {
                return Optional.empty();
            }
            Mail mail = jdbc.sql("select recipient, subject, body from mail_outbox where id = ?").param(id)
                    .query((rs, row) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3))).single();
            List<Mail.Attachment> attachments = jdbc.sql(
                            "select filename, content_type, content from mail_outbox_attachment where mail_id = ? order by position")
                    .param(id).query((rs, row) -> new Mail.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
            return Optional.of(new Mail(mail.to(), mail.subject(), mail.text(), attachments));
        });
    }

    void sent(long id) {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_until = null, last_error = null where id = ?")
                    .params(Timestamp.from(clock.instant()), id).update();
            jdbc.sql("delete from mail_outbox_attachment where mail_id = ?").param(id).update();
        });
    }

    /** The attempt failed: waiting again after the backoff, or FAILED once the attempts are used up. */
    void failed(long id, String error) {
        ownTransaction.executeWithoutResult(status -> {
            int attempts = jdbc.sql("select attempts from mail_outbox where id = ?").param(id).query(Integer.class).single() + 1;
            String next = attempts >= maxAttempts ? "FAILED" : "WAITING";
            jdbc.sql("""
                            update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?, claimed_until = null, last_error = ?
                            where id = ?""")
                    .params(next, attempts, Timestamp.from(clock.instant().plus(delayAfter(attempts, firstDelay))),
                            error == null ? null : error.substring(0, Math.min(error.length(), 1000)), id).update();
        });
    }

    /** The ids of the mails due for an attempt at {@code asOf}: waiting and due, or claimed by a node that did not finish. */
    List<Long> due(Instant asOf, int limit) {
        return due(asOf, null, limit);
    }

    /** As {@link #due(Instant, int)}, only the mails to {@code recipient} ({@code null}: to anyone). */
    List<Long> due(Instant asOf, String recipient, int limit) {
        Timestamp at = Timestamp.from(asOf);
        return jdbc.sql("""
                        select id from mail_outbox
                        where ((status = 'WAITING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))
                          and (cast(? as text) is null or recipient = ?)
                        order by next_attempt_at, id limit ?""")
                .params(at, at, recipient, recipient, limit).query(Long.class).list();
    }

    /** Removes sent mails older than {@code keep}: their text holds personal data and nobody needs it any more. */
    void purgeSent(Duration keep) {
        jdbc.sql("delete from mail_outbox where status = 'SENT' and sent_at < ?")
                .param(Timestamp.from(clock.instant().minus(keep))).update();
    }

    /**
     * How many mails are in the outbox with this status: {@code WAITING} counts those being sent too, {@code FAILED}
     * those given up. Only a number, no address or subject: the operations metrics read it on every scrape, with nobody
     * signed in, hence no {@code @PreAuthorize} (issue 18, {@code ops.BusinessMetrics}).
     */
    public long count(String status) {
        List<String> statuses = "WAITING".equals(status) ? List.of("WAITING", "SENDING") : List.of(status);
        return jdbc.sql("select count(*) from mail_outbox where status in (:statuses)").param("statuses", statuses)
                .query(Long.class).single();
    }

    /** The mails not sent yet (waiting, being sent, failed), oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Item> unsent() {
        return ownTransaction.execute(status -> new ArrayList<>(jdbc.sql("""
                        select id, recipient, subject, status, attempts, created_at, next_attempt_at, last_error
                        from mail_outbox where status <> 'SENT' order by created_at, id limit 500""")
                .query((rs, row) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list()));
    }

    /** A mail the outbox holds for one recipient (issue 17: a person's inzage). */
    public record Kept(String subject, String body, String status, Instant createdAt, Instant sentAt) {
    }

    /**
     * The mails to {@code recipient} the outbox still holds (sent ones a week, unsent ones until they go), oldest
     * first; for the privacy module's inzage, whose service checked who asks.
     */
    public List<Kept> keptFor(String recipient) {
        return ownTransaction.execute(status -> new ArrayList<>(jdbc.sql("""
                        select subject, body, status, created_at, sent_at from mail_outbox
                        where lower(recipient) = lower(?) order by created_at, id""")
                .param(recipient)
                .query((rs, row) -> new Kept(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list()));
    }

    /** Deletes every mail to {@code recipient}, in the caller's transaction (issue 17: the person was erased). */
    public void forget(String recipient) {
        inCaller.executeWithoutResult(status -> {
            jdbc.sql("""
                            delete from mail_outbox_attachment where mail_id in
                                (select id from mail_outbox where lower(recipient) = lower(?))""")
                    .param(recipient).update();
            jdbc.sql("delete from mail_outbox where lower(recipient) = lower(?)").param(recipient).update();
        });
    }

    /** Makes a waiting or failed mail due now, with a fresh series of attempts; false when it was sent meanwhile. */
    boolean makeDueNow(long id) {
        return ownTransaction.execute(status -> jdbc.sql("""
                        update mail_outbox set status = 'WAITING', attempts = 0, next_attempt_at = ?
                        where id = ? and status in ('WAITING', 'FAILED')""")
                .params(Timestamp.from(clock.instant()), id).update() == 1);
    }
}
