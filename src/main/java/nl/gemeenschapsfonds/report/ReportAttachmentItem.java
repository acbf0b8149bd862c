package nl.gemeenschapsfonds.report;

import java.time.Instant;

/** A file sent with a report. */
public record ReportAttachmentItem(long id, ReportAttachmentKind kind, String fileName, String mediaType, int size,
                                   Instant uploadedAt) {
}
