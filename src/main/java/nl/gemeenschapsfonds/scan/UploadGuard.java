package nl.gemeenschapsfonds.scan;

import nl.gemeenschapsfonds.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What every upload goes through before it is stored, whichever module receives it (application attachments,
 * report files, pledge letters, bank statements): read with a hard cap, its structure checked
 * ({@link DocumentStructure}: archive limits, PDF polyglots) and scanned by clamd ({@link MalwareScanner}).
 * Each refusal is an {@link InvalidInputException} on the caller's field, so the view shows it at the upload.
 */
@Component
public class UploadGuard {

    private final MalwareScanner scanner;
    private final DocumentStructure structure;
    private final ApplicationEventPublisher events;

    UploadGuard(MalwareScanner scanner, ApplicationEventPublisher events,
                @Value("${app.uploads.archive.max-entries:1000}") int maxEntries,
                @Value("${app.uploads.archive.max-uncompressed-bytes:104857600}") long maxUncompressed,
                @Value("${app.uploads.archive.max-ratio:100}") int maxRatio) {
        this.scanner = scanner;
        this.events = events;
        this.structure = new DocumentStructure(maxEntries, maxUncompressed, maxRatio);
    }

    /**
     * Reads {@code in} (the caller closes it), never more than {@code maxBytes + 1} bytes.
     *
     * @return the bytes, or null when the upload is larger than {@code maxBytes} (the rest is never read)
     */
    public static byte[] readAtMost(InputStream in, long maxBytes) {
        try {
            byte[] bytes = DocumentStructure.readAtMost(in, maxBytes);
            return bytes.length > maxBytes ? null : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
    }

    /**
     * Refuses, as a problem of {@code field}, an upload that is not a valid document ({@code scan.notValidDocument}:
     * an archive over its limits), a PDF with HTML or script ({@code scan.activeContent}), an infected file
     * ({@code scan.infected} with the signature, also in the audit trail on {@code objectType}/{@code objectId}), or
     * one that cannot be scanned now ({@code scan.unavailable}, {@code scan.notConfigured}).
     */
    public void requireSafe(byte[] content, String field, String fileName, String objectType, Object objectId) {
        switch (structure.check(content)) {
            case NOT_A_VALID_DOCUMENT -> throw refused(UploadRefused.Reason.NOT_A_VALID_DOCUMENT, objectType,
                    new InvalidInputException(field, "scan.notValidDocument"));
            case ACTIVE_CONTENT -> throw refused(UploadRefused.Reason.ACTIVE_CONTENT, objectType,
                    new InvalidInputException(field, "scan.activeContent"));
            case NONE -> {
                try {
                    scanner.requireClean(content, field, fileName, objectType, objectId);
                } catch (InvalidInputException refusal) {
                    boolean infected = refusal.problems().stream().anyMatch(p -> "scan.infected".equals(p.messageKey()));
                    throw refused(infected ? UploadRefused.Reason.INFECTED : UploadRefused.Reason.SCANNER_UNAVAILABLE,
                            objectType, refusal);
                }
            }
        }
    }

    private InvalidInputException refused(UploadRefused.Reason reason, String objectType, InvalidInputException refusal) {
        events.publishEvent(new UploadRefused(reason, objectType));
        return refusal;
    }
}
