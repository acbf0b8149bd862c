package nl.gemeenschapsfonds.base.mail;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text mail with optional attachments (for example a PDF receipt). {@code kind} names the kind of mail by
 * its subject's translation key ({@link MailKinds}); a mail without a kind is always sent, as is every kind the
 * policy counts as required.
 */
public record Mail(String to, String subject, String text, List<Attachment> attachments, String kind) {

    public Mail {
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Mail(String to, String subject, String text, List<Attachment> attachments) {
        this(to, subject, text, attachments, null);
    }

    public Mail(String to, String subject, String text) {
        this(to, subject, text, List.of(), null);
    }

    /** This mail, marked as being of {@code kind} (its subject's translation key, see {@link MailKinds}). */
    public Mail ofKind(String kind) {
        return new Mail(to, subject, text, attachments, kind);
    }

    /** This mail with {@code footer} added below its text (the link that switches an optional kind off). */
    public Mail withFooter(String footer) {
        return new Mail(to, subject, text + "\n\n-- \n" + footer, attachments, kind);
    }

    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
