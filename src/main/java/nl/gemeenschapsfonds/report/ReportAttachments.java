package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.scan.UploadGuard;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.ApplicationScope;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.time.Clock;

/**
 * The files of a report (called by {@link ReportService}, which checks the role): read with a hard cap, scanned for
 * malware, typed by their first bytes ({@link ReportPolicy#mediaType}), stored and audited.
 */
@Component
class ReportAttachments {

    private final ReportRecords records;
    private final ApplicationScope scope;
    private final UploadGuard guard;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReportAttachments(ReportRecords records, ApplicationScope scope, UploadGuard guard, AuditTrail audit, CurrentUser currentUser,
                      Clock clock, PlatformTransactionManager transactions) {
        this.records = records;
        this.scope = scope;
        this.guard = guard;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Reads at most the limit + 1 byte, outside a transaction; stores in one. */
    ReportAttachmentItem upload(long reportId, ReportAttachmentKind kind, String fileName, InputStream content) {
        byte[] bytes = UploadGuard.readAtMost(content, ReportService.MAX_FILE_BYTES);
        if (bytes == null) {
            throw tooBig();
        }
        return transaction.execute(status -> store(reportId, kind, fileName, bytes));
    }

    /** In the caller's transaction. */
    ReportAttachmentItem store(long reportId, ReportAttachmentKind kind, String fileName, byte[] content) {
        ObligationItem obligation = editable(reportId);
        if (!currentUser.isEmailConfirmed()) {
            throw new InvalidInputException("attachments", "attachment.emailNotConfirmed");
        }
        if (kind == null) {
            throw new InvalidInputException("attachmentKind", "report.validation.attachmentKind");
        }
        if (content == null || content.length == 0 || content.length > ReportService.MAX_FILE_BYTES) {
            throw tooBig();
        }
        guard.requireSafe(content, "attachments", fileName, "Report", obligation.id());
        String mediaType = ReportPolicy.mediaType(content).orElseThrow(() ->
                new InvalidInputException("attachments", "report.validation.fileType"));
        String name = ReportPolicy.fileName(fileName);
        long id = records.insertAttachment(reportId, kind, name, mediaType, content, currentUser.actorName(), clock.instant());
        audit.record("REPORT_ATTACHMENT_ADDED", "Report", obligation.id(), null, id + " " + kind + " '" + name + "' "
                + content.length + " bytes", null);
        return records.attachments(reportId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** A report of the applicant's organisation that is open or asked more of, of a grant not settled. */
    ObligationItem editable(long reportId) {
        ObligationItem obligation = records.mine(reportId, currentUser.require().requireOrganisation());
        if (!obligation.status().editable() || application(obligation.applicationId()).getStatus() == ApplicationStatus.SETTLED) {
            throw new InvalidInputException("report", "report.validation.notEditable");
        }
        return obligation;
    }

    /** The application of a report, to read (submission's). */
    GrantApplication application(long applicationId) {
        return scope.byId(applicationId);
    }

    private static InvalidInputException tooBig() {
        return new InvalidInputException("attachments", "report.validation.fileSize", ReportService.MAX_FILE_BYTES / (1024 * 1024));
    }
}
