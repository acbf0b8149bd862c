package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
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

    private final ApplicationAccess access;
    private final AttachmentTable table;
    private final AttachmentStore store;
    private final UploadReception reception;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;

    AttachmentService(ApplicationAccess access, AttachmentTable table, AttachmentStore store, UploadReception reception,
                      AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.access = access;
        this.table = table;
        this.store = store;
        this.reception = reception;
        this.audit = audit;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactions);
    }

    /** The largest file accepted, in bytes, for the hint next to the upload. */
    @PreAuthorize("isAuthenticated()")
    public long maxBytes() {
        return reception.limits().maxBytes();
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
            if (!access.myEmailConfirmed()) {
                throw new InvalidInputException("attachments", "attachment.emailNotConfirmed");
            }
            requireRoom(applicationId, 0);
        });
        UploadReception.ReceivedFile received = reception.receive(content, fileName, applicationId);
        return readWrite.execute(status -> {
            table.lockApplication(applicationId);
            access.editableByMe(applicationId);
            requireRoom(applicationId, received.bytes().length);
            UUID key = UUID.randomUUID();
            Instant now = clock.instant();
            long id = table.insert(key, applicationId, kind, received.name(), received.type().mediaType(),
                    received.bytes().length, received.sha256(), access.actorName(), now);
            store.put(key, received.bytes());
            audit.record("ATTACHMENT_ADDED", "Application", applicationId, null,
                    "%s %s '%s' %d bytes sha256 %s".formatted(id, kind, received.name(), received.bytes().length,
                            received.sha256()), null);
            return new AttachmentListItem(id, kind, received.name(), received.type().mediaType(), received.bytes().length, now);
        });
    }

    /**
     * The attachments of the signed-in applicant's application, in any state, oldest first; of a submitted one their
     * organisation is co-applicant of too (to read).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<AttachmentListItem> list(long applicationId) {
        access.readableByMe(applicationId);
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

    /** One attachment of the signed-in applicant's application (or of one their organisation is co-applicant of), to download. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public AttachmentDownload download(long applicationId, long attachmentId) {
        access.readableByMe(applicationId);
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
        if (!table.visibleToAuthority(applicationId, access.myAuthority())) {
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
        reception.limits().requireRoom(table.usage(applicationId), adding);
    }

    private Set<AttachmentKind> missing(long applicationId) {
        Set<AttachmentKind> missing = EnumSet.noneOf(AttachmentKind.class);
        missing.addAll(AttachmentKind.REQUIRED);
        missing.removeAll(table.kindsPresent(applicationId));
        return missing;
    }
}
