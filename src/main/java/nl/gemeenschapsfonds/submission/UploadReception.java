package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.scan.UploadGuard;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Receives an uploaded file before anything is stored: counts the bytes while reading and stops just past the
 * largest allowed, refuses an empty file, has it scanned ({@link UploadGuard}), takes its type from the bytes
 * (never from its name or what the browser claims) and gives it a clean name.
 */
@Component
class UploadReception {

    private static final int BUFFER = 64 * 1024;

    private final UploadGuard guard;
    private final ContentSniffer sniffer;
    private final AttachmentLimits limits;

    UploadReception(UploadGuard guard, ContentSniffer sniffer, AttachmentLimits limits) {
        this.guard = guard;
        this.sniffer = sniffer;
        this.limits = limits;
    }

    /** A file that passed every check: its bytes, their SHA-256, its type and the name to show. */
    record ReceivedFile(byte[] bytes, String sha256, AttachmentType type, String name) {
    }

    AttachmentLimits limits() {
        return limits;
    }

    /**
     * Reads and checks {@code content} for the application.
     *
     * @throws InvalidInputException field "attachments": too large, empty, unsafe or not scannable now, or not one of
     *                               the allowed types
     */
    ReceivedFile receive(InputStream content, String fileName, long applicationId) {
        MessageDigest digest = sha256();
        byte[] bytes = read(content, digest);
        guard.requireSafe(bytes, "attachments", fileName, "Application", applicationId);
        AttachmentType type = AttachmentType.ofMediaType(sniffer.detect(bytes)).orElseThrow(() ->
                new InvalidInputException("attachments", "attachment.typeNotAllowed", AttachmentType.NAMES));
        return new ReceivedFile(bytes, HexFormat.of().formatHex(digest.digest()), type, AttachmentFileName.of(fileName, type));
    }

    /** Reads at most maxBytes + 1 bytes: one byte more is enough to know the file is too large. */
    private byte[] read(InputStream content, MessageDigest digest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(BUFFER);
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try {
            while (true) {
                int wanted = (int) Math.min(buffer.length, limits.maxBytes() + 1 - total);
                int read = content.read(buffer, 0, wanted);
                if (read < 0) {
                    break;
                }
                total += read;
                limits.requireNotTooLarge(total);
                digest.update(buffer, 0, read);
                bytes.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
        if (total == 0) {
            throw new InvalidInputException("attachments", "attachment.empty");
        }
        return bytes.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
