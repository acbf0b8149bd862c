package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports: the applicant fills in and submits the reports their decision asks for (saved as they type, nothing
 * lost; {@link ReportSubmission}), with files ({@link ReportAttachments}); a reviewer accepts a report, asks for more
 * or, when a final report is late, reminds with a new term ({@link ReportReview}). Applicants see only their
 * organisation's reports, staff only their authority's. The rules are in {@link ReportPolicy}.
 */
@Service
public class ReportService {

    static final int MAX_TEXT = ReportPolicy.MAX_TEXT;

    /** The longest text a report field takes. */
    public static final int MAX_TEXT_LENGTH = MAX_TEXT;
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final ReportRecords records;
    private final ReportDetails details;
    private final ReportSubmission submission;
    private final ReportAttachments attachments;
    private final ReportReview review;
    private final PledgeService pledges;
    private final CurrentUser currentUser;

    ReportService(ReportRecords records, ReportDetails details, ReportSubmission submission, ReportAttachments attachments,
                  ReportReview review, PledgeService pledges, CurrentUser currentUser) {
        this.records = records;
        this.details = details;
        this.submission = submission;
        this.attachments = attachments;
        this.review = review;
        this.pledges = pledges;
        this.currentUser = currentUser;
    }

    // ---- the applicant ----

    /** The report obligations of an application of the signed-in applicant's organisation, by deadline. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<ObligationItem> myObligations(long applicationId) {
        return records.ofOrganisation(applicationId, currentUser.require().requireOrganisation());
    }

    /** One report of the applicant's organisation with everything its form shows. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportDetail myReport(long reportId) {
        ObligationItem obligation = mine(reportId);
        return details.detail(obligation, pledges.pledgesOnMyApplication(obligation.applicationId()));
    }

    /**
     * Saves what the applicant typed so far (also on every change: nothing is lost); answers the new version. Only
     * what cannot be stored is refused (a negative amount, a text that is too long), each at its field.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long saveDraft(ReportForm form) {
        return submission.saveDraft(form);
    }

    /**
     * Submits the report: everything must be filled in (activities, visitors, what changed, the money spent on every
     * cost line, both date and amount for every pledge that arrived), and above the call's amount an accountant's
     * statement must be attached. Records the co-financing received on the pledges (their RECEIVED step).
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void submit(ReportForm form) {
        submission.submit(form);
    }

    /**
     * Adds a file (PDF, JPEG or PNG, at most 10 MB) to a report the applicant may still change, reading the upload
     * (the caller closes it) with a hard cap: never more than 10 MB + 1 byte is read, and nothing is held in a
     * transaction while the bytes arrive. Scanned for malware before it is stored.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportAttachmentItem upload(long reportId, ReportAttachmentKind kind, String fileName, InputStream content) {
        return attachments.upload(reportId, kind, fileName, content);
    }

    /** Adds a file (PDF, JPEG or PNG, at most 10 MB) to a report the applicant may still change. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportAttachmentItem upload(long reportId, ReportAttachmentKind kind, String fileName, byte[] content) {
        return attachments.store(reportId, kind, fileName, content);
    }

    /** A file of a report of the applicant's organisation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public AttachmentFile myAttachment(long reportId, long attachmentId) {
        mine(reportId);
        return records.file(reportId, attachmentId);
    }

    /** A file's name, type and bytes, for a download. */
    public record AttachmentFile(String fileName, String mediaType, byte[] content) {
    }

    // ---- the authority's staff ----

    /** The reports of the staff member's authority still to come or to be reviewed (not accepted), by deadline. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public List<ObligationItem> worklist() {
        return records.worklist(currentUser.require().requireAuthority());
    }

    /** All reports of an application of the staff member's authority, with their content. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public List<ReportDetail> reportsForStaff(long applicationId) {
        long authority = currentUser.require().requireAuthority();
        if (!details.applicationInAuthority(applicationId, authority)) {
            throw new NotFoundException("Application", applicationId);
        }
        List<PledgeItem> pledgeItems = pledges.pledgesForStaff(applicationId);
        return records.ofApplicationInAuthority(applicationId, authority).stream().map(obligation -> details.detail(obligation, pledgeItems)).toList();
    }

    /** A reviewer accepts a submitted report; an accepted final report can be settled. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void accept(long reportId, long version) {
        review.accept(reportId, version);
    }

    /** A reviewer asks for more, with what and a term in days; the form reopens for the applicant, who gets a mail. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void askMore(long reportId, long version, String request, Integer days) {
        review.askMore(reportId, version, request, days);
    }

    /**
     * No final report by its deadline: a reviewer reminds the applicant with a new term (Awb 4:44 lid 3). Once that
     * term has passed too, the authority may settle on its own motion.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void remindLate(long reportId, long version, Integer days) {
        review.remindLate(reportId, version, days);
    }

    /** A file of a report of the staff member's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public AttachmentFile staffAttachment(long reportId, long attachmentId) {
        review.inMyAuthority(reportId);
        return records.file(reportId, attachmentId);
    }

    // ---- shared with the settlement ----

    /** The final report of an application (in the caller's scope, already checked), if the decision asked for one. */
    Optional<ObligationItem> finalReport(long applicationId) {
        return records.finalReport(applicationId);
    }

    /** What the report says was spent, per cost-line position. */
    Map<Integer, BigDecimal> spent(long reportId) {
        return records.spent(reportId);
    }

    private ObligationItem mine(long reportId) {
        return records.mine(reportId, currentUser.require().requireOrganisation());
    }
}
