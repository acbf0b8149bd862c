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
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;

/**
 * Sends mail. With {@code app.mail.mode=smtp} through the configured SMTP server (Mailpit in
 * docker-compose, GreenMail in the tests, the municipality's server in production); with
 * {@code log} (the embedded default) mails are written to the log and kept in the
 * {@link DevMailbox} for the administrator's dev mailbox page. Mails go out only after the
 * transaction that caused them commits: a refused submission sends no receipt.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final DevMailbox devMailbox;
    private final String mode;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, DevMailbox devMailbox,
           @Value("${app.mail.mode:log}") String mode, @Value("${app.mail.from}") String from) {
        this.sender = sender;
        this.devMailbox = devMailbox;
        this.mode = mode;
        this.from = from;
    }

    /** Sends when the current transaction commits, or now when there is none. */
    public void send(Mail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(mail);
                }
            });
        } else {
            deliver(mail);
        }
    }

    private void deliver(Mail mail) {
        if (!"smtp".equals(mode)) {
            log.info("Mail to {}: {}\n{}", mail.to(), mail.subject(), mail.text());
            devMailbox.add(mail);
            return;
        }
        try {
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
        } catch (MessagingException | MailException e) {
            // The action itself has succeeded and is kept; the user can download what the mail carried.
            log.error("Could not send mail '{}' to {}", mail.subject(), mail.to(), e);
        }
    }
}
