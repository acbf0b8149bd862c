package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.scan.UploadGuard;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The attachments of an application (step 6 of the wizard). The applicant uploads to their own
 * organisation's application while it may still be changed; another organisation's application is
 * "not found". The server decides what a file is and how big it may be: it counts the bytes while
 * reading and stops past {@code app.attachments.max-bytes} (20 MB), and it takes the type from the
 * bytes (Apache Tika), whatever the file is called or the browser claims. See docs/adr/0007-attachments.md.
 */
@Service
public class AttachmentService {

    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final ApplicationAccess access;
    private final AttachmentTable table;
    private final AttachmentStore store;
    private final ContentSniffer sniffer;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;
    private final long maxBytes;
    private final UploadGuard guard;
    private final int maxPerApplication;
    private final long maxTotalBytes;

    AttachmentService(ApplicationAccess access, AttachmentTable table, AttachmentStore store, ContentSniffer sniffer,
                      AuditTrail audit, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions,
                      @Value("${app.attachments.max-bytes:" + DEFAULT_MAX_BYTES + "}") long maxBytes, UploadGuard guard,
                      @Value("${app.attachments.max-per-application:30}") int maxPerApplication,
                      @Value("${app.attachments.max-total-bytes:104857600}") long maxTotalBytes) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("app.attachments.max-bytes must be between 1 and 2 GB, not " + maxBytes);
        }
        this.access = access;
        this.table = table;
        this.store = store;
        this.sniffer = sniffer;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactions);
        this.maxBytes = maxBytes;
        this.guard = guard;
        this.maxPerApplication = maxPerApplication;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** The largest file accepted, in bytes, for the hint next to the upload. */
    @PreAuthorize("isAuthenticated()")
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Adds a file to the signed-in applicant's application. Reads {@code content} (the caller closes
     * it) outside any transaction, so a slow upload holds no database connection, and stops reading
     * as soon as it passes the maximum.
     *
     * @param fileName the name the browser gave, shown to people after cleaning; never used to store the file
     * @throws NotFoundException          for another organisation's application (nothing is read)
     * @throws IllegalTransitionException when the application can no longer be changed
     * @throws InvalidInputException      field "attachments": e-mail address not confirmed, too large, empty, an archive
     *                                    over its limits, a PDF with script, infected or not scannable now (nothing stored),
     *                                    not one of the allowed types, or the application's number or total size of files reached
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public AttachmentListItem upload(long applicationId, AttachmentKind kind, String fileName, InputStream content) {
        if (kind == null) {
            throw new InvalidInputException("kind", "attachment.kindRequired");
        }
        Objects.requireNonNull(content, "content");
        readOnly.executeWithoutResult(status -> {
            access.editableByMe(applicationId);
            if (!currentUser.isEmailConfirmed()) {
                throw new InvalidInputException("attachments", "attachment.emailNotConfirmed");
            }
            requireRoom(applicationId, 0);
        });
        Received received = receive(content);
        guard.requireSafe(received.bytes(), "attachments", fileName, "Application", applicationId);
        String mediaType = sniffer.detect(received.bytes());
        AttachmentType type = AttachmentType.ofMediaType(mediaType).orElseThrow(() ->
                new InvalidInputException("attachments", "attachment.typeNotAllowed", AttachmentType.NAMES));
        String name = AttachmentFileName.of(fileName, type);
        return readWrite.execute(status -> {
            table.lockApplication(applicationId);
            access.editableByMe(applicationId);
            requireRoom(applicationId, received.bytes().length);
            UUID key = UUID.randomUUID();
            Instant now = clock.instant();
            long id = table.insert(key, applicationId, kind, name, type.mediaType(), received.bytes().length,
                    received.sha256(), currentUser.actorName(), now);
            store.put(key, received.bytes());
            audit.record("ATTACHMENT_ADDED", "Application", applicationId, null,
                    "%s %s '%s' %d bytes sha256 %s".formatted(id, kind, name, received.bytes().length, received.sha256()), null);
            return new AttachmentListItem(id, kind, name, type.mediaType(), received.bytes().length, now);
        });
    }

    /** The attachments of the signed-in applicant's application, in any state, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<AttachmentListItem> list(long applicationId) {
        access.ownedByMe(applicationId);
        return table.list(applicationId).stream().map(AttachmentTable.Row::toListItem).toList();
    }

    /** What the attachments step shows: the files, the required kinds still missing, and whether files may still change. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public AttachmentsOverview overview(long applicationId) {
        GrantApplication application = access.ownedByMe(applicationId);
        return new AttachmentsOverview(table.list(applicationId).stream().map(AttachmentTable.Row::toListItem).toList(),
                missing(applicationId), application.isEditable());
    }

    /** Removes an attachment while the application may still be changed. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void delete(long applicationId, long attachmentId) {
        table.lockApplication(applicationId);
        access.editableByMe(applicationId);
        AttachmentTable.Row row = table.delete(applicationId, attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        store.remove(row.storageKey());
        audit.record("ATTACHMENT_DELETED", "Application", applicationId,
                "%s %s '%s'".formatted(row.id(), row.kind(), row.fileName()), null, null);
    }

    /** One attachment of the signed-in applicant's application, to download. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public AttachmentDownload download(long applicationId, long attachmentId) {
        access.ownedByMe(applicationId);
        return read(applicationId, attachmentId);
    }

    /**
     * The required kinds ({@link AttachmentKind#REQUIRED}) the signed-in applicant's application has
     * no file of yet, in that order; empty when it is complete. For the submission rules.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public Set<AttachmentKind> missingRequiredKinds(long applicationId) {
        access.ownedByMe(applicationId);
        return Collections.unmodifiableSet(missing(applicationId));
    }

    /** The attachments of a submitted application of the reviewer's or decision maker's own authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public List<AttachmentListItem> listForStaff(long applicationId) {
        requireVisibleToStaff(applicationId);
        return table.list(applicationId).stream().map(AttachmentTable.Row::toListItem).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER')")
    public AttachmentDownload downloadForStaff(long applicationId, long attachmentId) {
        requireVisibleToStaff(applicationId);
        return read(applicationId, attachmentId);
    }

    private void requireVisibleToStaff(long applicationId) {
        if (!table.visibleToAuthority(applicationId, currentUser.require().requireAuthority())) {
            throw new NotFoundException("Application", applicationId);
        }
    }

    private AttachmentDownload read(long applicationId, long attachmentId) {
        AttachmentTable.Row row = table.find(applicationId, attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        return new AttachmentDownload(row.fileName(), row.contentType(), store.get(row.storageKey()));
    }

    /** At most {@code app.attachments.max-per-application} files and {@code max-total-bytes} in all per application. */
    private void requireRoom(long applicationId, long adding) {
        AttachmentTable.Usage usage = table.usage(applicationId);
        if (usage.count() >= maxPerApplication) {
            throw new InvalidInputException("attachments", "attachment.tooMany", maxPerApplication);
        }
        if (usage.totalBytes() + adding > maxTotalBytes) {
            throw new InvalidInputException("attachments", "attachment.totalTooLarge", sizeLabel(maxTotalBytes));
        }
    }

    private Set<AttachmentKind> missing(long applicationId) {
        Set<AttachmentKind> missing = EnumSet.noneOf(AttachmentKind.class);
        missing.addAll(AttachmentKind.REQUIRED);
        missing.removeAll(table.kindsPresent(applicationId));
        return missing;
    }

    private record Received(byte[] bytes, String sha256) {
    }

    /** Reads at most maxBytes + 1 bytes: one byte more is enough to know the file is too large. */
    private Received receive(InputStream content) {
        MessageDigest digest = sha256();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(BUFFER);
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try {
            while (true) {
                int wanted = (int) Math.min(buffer.length, maxBytes + 1 - total);
                int read = content.read(buffer, 0, wanted);
                if (read < 0) {
                    break;
                }
                total += read;
                if (total > maxBytes) {
                    throw new InvalidInputException("attachments", "attachment.tooLarge", sizeLabel(maxBytes));
                }
                digest.update(buffer, 0, read);
                bytes.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        }
        if (total == 0) {
            throw new InvalidInputException("attachments", "attachment.empty");
        }
        return new Received(bytes.toByteArray(), HexFormat.of().formatHex(digest.digest()));
    }

    /** "20 MB", or "500 kB" for a limit below a megabyte. */
    static String sizeLabel(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " kB";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
