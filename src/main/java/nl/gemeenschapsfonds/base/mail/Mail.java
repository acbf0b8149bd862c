package nl.gemeenschapsfonds.base.mail;

import java.util.List;
import java.util.Objects;

/** A plain-text mail with optional attachments (for example a PDF receipt). */
public record Mail(String to, String subject, String text, List<Attachment> attachments) {

    public Mail {
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Mail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }

    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
