package nl.gemeenschapsfonds.base.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends mail. With {@code app.mail.mode=smtp} through the configured SMTP server (Mailpit in
 * docker-compose, GreenMail in the tests, the municipality's server in production); with
 * {@code log} (the embedded default) mails are written to the log and kept in the
 * {@link DevMailbox} for the administrator's dev mailbox page. Mails go out only after the
 * transaction that caused them commits: a refused submission sends no receipt. No mail is lost: each is first
 * written to the {@link MailOutbox} in that same transaction, and one that the SMTP server refuses (or that a
 * restart interrupts) is tried again with a growing delay, visible to the administrator until it is sent.
 * An optional mail ({@link MailKinds}) whose recipient switched its topic off is not sent at all
 * ({@link MailPreferences}, issue 17).
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final DevMailbox devMailbox;
    private final String mode;
    private final String from;
    private final MailOutbox outbox;
    private final Clock clock;
    private final ObjectProvider<MailPreferences> preferences;

    Mailer(ObjectProvider<JavaMailSender> sender, DevMailbox devMailbox,
           @Value("${app.mail.mode:log}") String mode, @Value("${app.mail.from}") String from, MailOutbox outbox,
           Clock clock, ObjectProvider<MailPreferences> preferences) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.clock = clock;
        this.sender = sender;
        this.devMailbox = devMailbox;
        this.mode = mode;
        this.from = from;
    }

    /**
     * Sends when the current transaction commits, or now when there is none. The mail is kept in the outbox in the
     * current transaction (in one of its own when there is none or it is read-only) until the SMTP server took it.
     */
    public void send(Mail mail) {
        Optional<MailTopic> topic = MailKinds.topicOf(mail.kind());
        MailPreferences choices = preferences.getIfAvailable();
        if (topic.isPresent() && choices != null) {
            Optional<Mail> wanted = choices.prepare(mail, topic.get());
            if (wanted.isEmpty()) {
                log.info("Optional mail '{}' not sent: its recipient switched {} off", mail.kind(), topic.get());
                return;
            }
            mail = wanted.get();
        }
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive();
        boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        long id = outbox.add(mail, !inTransaction || readOnly);
        if (inTransaction) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    attempt(id);
                }
            });
        } else {
            attempt(id);
        }
    }

    /**
     * Sends the mails whose next attempt is due: after an SMTP failure (with backoff), and at start-up those a
     * restart interrupted. Every node may run it: a mail is claimed before it is sent.
     */
    @Scheduled(fixedDelayString = "${app.mail.retry.interval:PT30S}", initialDelayString = "${app.mail.retry.initial-delay:PT10S}")
    public void sendDue() {
        sendDue(clock.instant());
        outbox.purgeSent(Duration.ofDays(7));
    }

    /** Sends the mails due at {@code asOf}; answers how many were sent. */
    int sendDue(Instant asOf) {
        return sendDue(asOf, null);
    }

    /**
     * As {@link #sendDue(Instant)}, only the mails to {@code recipient}, for tests (ADR 0031 rule 3): every test class
     * shares the outbox, and the run over all of it sends every mail the classes without an SMTP server left waiting
     * (DurableMailIT: 23 s in the whole suite; issue 20).
     */
    int sendDue(Instant asOf, String recipient) {
        int sent = 0;
        for (long id : outbox.due(asOf, recipient, 100)) {
            if (attempt(id)) {
                sent++;
            }
        }
        return sent;
    }

    /** The administrator sends a waiting or failed mail again, now; false when it was sent meanwhile or fails again. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean resend(long outboxId) {
        return outbox.makeDueNow(outboxId) && attempt(outboxId);
    }

    private boolean attempt(long id) {
        Optional<Mail> claimed;
        try {
            claimed = outbox.claim(id);
        } catch (RuntimeException e) {
            log.warn("Could not take mail {} from the outbox; the retry job will: {}", id, e.toString());
            return false;
        }
        if (claimed.isEmpty()) {
            return false;
        }
        try {
            deliver(claimed.get());
        } catch (MessagingException | MailException e) {
            // no recipient address in the log (issue 18): the administrator's outbox page shows it by the mail's id
            log.warn("Could not send mail {} '{}'; it waits in the outbox for another attempt: {}", id,
                    claimed.get().subject(), e.toString());
            outbox.failed(id, e.toString());
            return false;
        }
        outbox.sent(id);
        return true;
    }

    private void deliver(Mail mail) throws MessagingException {
        if (!"smtp".equals(mode)) {
            log.info("Mail to {}: {}\n{}", mail.to(), mail.subject(), mail.text());
            devMailbox.add(mail);
            return;
        }
        JavaMailSender javaMail = sender.getObject();
        MimeMessage message = javaMail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), false);
        for (Mail.Attachment attachment : mail.attachments()) {
            helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        javaMail.send(message);
    }
}
