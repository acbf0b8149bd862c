package nl.gemeenschapsfonds.submission;

import java.time.Instant;

/** An attachment as a row in a list: what it is, its name as the applicant gave it (sanitised), its type and size. */
public record AttachmentListItem(long id, AttachmentKind kind, String fileName, String contentType, long sizeBytes,
                                 Instant uploadedAt) {
}
