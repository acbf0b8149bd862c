package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Amounts;
import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.base.mail.Mailer;
import nl.gemeenschapsfonds.cofinancing.PledgeItem;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.cofinancing.PledgeStatus;
import nl.gemeenschapsfonds.scan.UploadGuard;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.CostLine;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reports: the applicant fills in and submits the reports their decision asks for (saved as they type, nothing
 * lost), a reviewer of the authority accepts a report or asks for more with a new term, and sends a reminder with
 * a new term when a final report is late. Applicants see only their organisation's reports, staff only their
 * authority's: anything else is "not found".
 */
@Service
public class ReportService {

    static final int MAX_TEXT = 4000;

    /** The longest text a report field takes. */
    public static final int MAX_TEXT_LENGTH = MAX_TEXT;
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** Once the grant is settled (for example on the authority's own motion), a report not accepted is no longer owed. */
    private static final String STILL_RELEVANT = "(r.status = 'ACCEPTED' or a.status <> 'SETTLED')";
    private static final String SELECT = """
            select r.*, a.reference, a.title, o.legal_name from report_obligation r
            join grant_application a on a.id = r.application_id join organisation o on o.id = r.organisation_id
            """;

    private final JdbcClient jdbc;
    private final ReportApplications applications;
    private final PledgeService pledges;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final nl.gemeenschapsfonds.security.Salutations salutations;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UploadGuard guard;
    private final TransactionTemplate transaction;

    ReportService(JdbcClient jdbc, ReportApplications applications, PledgeService pledges, AuditTrail audit,
                  Mailer mailer, Translations translations, CurrentUser currentUser, Clock clock, UploadGuard guard,
                  PlatformTransactionManager transactions, nl.gemeenschapsfonds.security.Salutations salutations) {
        this.salutations = salutations;
        this.jdbc = jdbc;
        this.applications = applications;
        this.pledges = pledges;
        this.audit = audit;
        this.mailer = mailer;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
        this.guard = guard;
        this.transaction = new TransactionTemplate(transactions);
    }

    // ---- the applicant ----

    /** The report obligations of an application of the signed-in applicant's organisation, by deadline. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public List<ObligationItem> myObligations(long applicationId) {
        return jdbc.sql(SELECT + " where r.application_id = ? and r.organisation_id = ? and " + STILL_RELEVANT
                        + " order by r.due_on, r.id")
                .params(applicationId, currentUser.require().requireOrganisation()).query(ReportService::item).list();
    }

    /** One report of the applicant's organisation with everything its form shows. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportDetail myReport(long reportId) {
        ObligationItem obligation = mine(reportId);
        return detail(obligation, pledges.pledgesOnMyApplication(obligation.applicationId()));
    }

    /**
     * Saves what the applicant typed so far (also on every change: nothing is lost); answers the new version. Only
     * what cannot be stored is refused (a negative amount, a text that is too long), each at its field.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long saveDraft(ReportForm form) {
        ObligationItem obligation = editable(form.reportId());
        List<Problem> problems = new ArrayList<>();
        checkStorable(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store(obligation, form);
    }

    /**
     * Submits the report: everything must be filled in (activities, visitors, what changed, the money spent on every
     * cost line, both date and amount for every pledge that arrived), and above the call's amount an accountant's
     * statement must be attached. Records the co-financing received on the pledges (their RECEIVED step).
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void submit(ReportForm form) {
        ObligationItem obligation = editable(form.reportId());
        ReportDetail detail = detail(obligation, pledges.pledgesOnMyApplication(obligation.applicationId()));
        List<Problem> problems = new ArrayList<>();
        checkStorable(form, problems);
        if (blank(form.activities())) {
            problems.add(new Problem("activities", "report.validation.activitiesRequired"));
        }
        if (form.visitorsPerWeek() == null) {
            problems.add(new Problem("visitorsPerWeek", "report.validation.visitorsRequired"));
        }
        if (blank(form.lonelinessChange())) {
            problems.add(new Problem("lonelinessChange", "report.validation.lonelinessRequired"));
        }
        for (CostLineItem line : detail.costLines()) {
            if (form.spent().get(line.position()) == null) {
                problems.add(new Problem("spent-" + line.position(), "report.validation.spentRequired"));
            }
        }
        LocalDate today = today();
        for (ReportForm.PledgeReceipt receipt : form.receipts()) {
            if ((receipt.receivedOn() == null) != (receipt.amount() == null)) {
                problems.add(new Problem("pledge-" + receipt.pledgeId(), "report.validation.receiptBoth"));
            } else if (receipt.receivedOn() != null && receipt.receivedOn().isAfter(today)) {
                problems.add(new Problem("pledge-" + receipt.pledgeId(), "report.validation.receiptFuture"));
            }
        }
        if (detail.accountantStatementRequired() && detail.attachments().stream()
                .noneMatch(a -> a.kind() == ReportAttachmentKind.ACCOUNTANT_STATEMENT)) {
            // an amount: the screen writes it the user's way (ProblemMessages)
            problems.add(new Problem("attachments", "report.validation.accountantRequired",
                    accountantThreshold(obligation.applicationId())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store(obligation, form);
        Map<Long, PledgeItem> confirmed = new HashMap<>();
        detail.pledges().stream().filter(p -> p.status() == PledgeStatus.CONFIRMED).forEach(p -> confirmed.put(p.id(), p));
        for (ReportForm.PledgeReceipt receipt : form.receipts()) {
            if (receipt.amount() != null && confirmed.containsKey(receipt.pledgeId())) {
                pledges.recordReceipt(receipt.pledgeId(), receipt.pledgeVersion(), receipt.receivedOn(), receipt.amount());
            }
        }
        int updated = jdbc.sql("""
                        update report_obligation set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?,
                            more_asked_text = null, more_due_on = null, version = version + 1
                        where id = ? and status in ('OPEN', 'MORE_ASKED')""")
                .params(Timestamp.from(clock.instant()), currentUser.actorName(), obligation.id()).update();
        if (updated != 1) {
            throw new ConcurrentEditException("Report " + obligation.id());
        }
        audit.record("REPORT_SUBMITTED", "Report", obligation.id(), obligation.status().name(), "SUBMITTED",
                obligation.kind() + " report of " + obligation.reference());
    }

    /**
     * Adds a file (PDF, JPEG or PNG, at most 10 MB) to a report the applicant may still change, reading the upload
     * (the caller closes it) with a hard cap: never more than 10 MB + 1 byte is read, and nothing is held in a
     * transaction while the bytes arrive. Scanned for malware before it is stored.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportAttachmentItem upload(long reportId, ReportAttachmentKind kind, String fileName, InputStream content) {
        byte[] bytes = UploadGuard.readAtMost(content, MAX_FILE_BYTES);
        if (bytes == null) {
            throw new InvalidInputException("attachments", "report.validation.fileSize", MAX_FILE_BYTES / (1024 * 1024));
        }
        return transaction.execute(status -> store(reportId, kind, fileName, bytes));
    }

    /** Adds a file (PDF, JPEG or PNG, at most 10 MB) to a report the applicant may still change. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportAttachmentItem upload(long reportId, ReportAttachmentKind kind, String fileName, byte[] content) {
        return store(reportId, kind, fileName, content);
    }

    private ReportAttachmentItem store(long reportId, ReportAttachmentKind kind, String fileName, byte[] content) {
        ObligationItem obligation = editable(reportId);
        if (!currentUser.isEmailConfirmed()) {
            throw new InvalidInputException("attachments", "attachment.emailNotConfirmed");
        }
        if (kind == null) {
            throw new InvalidInputException("attachmentKind", "report.validation.attachmentKind");
        }
        if (content == null || content.length == 0 || content.length > MAX_FILE_BYTES) {
            throw new InvalidInputException("attachments", "report.validation.fileSize", MAX_FILE_BYTES / (1024 * 1024));
        }
        guard.requireSafe(content, "attachments", fileName, "Report", obligation.id());
        String mediaType = mediaType(content).orElseThrow(() ->
                new InvalidInputException("attachments", "report.validation.fileType"));
        String name = fileName == null || fileName.isBlank() ? "bestand" : fileName.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
        name = name.length() > 200 ? name.substring(0, 200) : name;
        long id = jdbc.sql("""
                        insert into report_attachment (report_id, kind, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(reportId, kind.name(), name, mediaType, content.length, content, currentUser.actorName(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record("REPORT_ATTACHMENT_ADDED", "Report", obligation.id(), null, id + " " + kind + " '" + name + "' "
                + content.length + " bytes", null);
        return attachments(reportId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** A file of a report of the applicant's organisation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('APPLICANT')")
    public AttachmentFile myAttachment(long reportId, long attachmentId) {
        mine(reportId);
        return file(reportId, attachmentId);
    }

    /** A file's name, type and bytes, for a download. */
    public record AttachmentFile(String fileName, String mediaType, byte[] content) {
    }

    // ---- the authority's staff ----

    /** The reports of the staff member's authority still to come or to be reviewed (not accepted), by deadline. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public List<ObligationItem> worklist() {
        return jdbc.sql(SELECT + " where r.authority_id = ? and r.status <> 'ACCEPTED' and a.status <> 'SETTLED' "
                        + "order by r.due_on, r.id limit 500")
                .param(currentUser.require().requireAuthority()).query(ReportService::item).list();
    }

    /** All reports of an application of the staff member's authority, with their content. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public List<ReportDetail> reportsForStaff(long applicationId) {
        long authority = currentUser.require().requireAuthority();
        applications.findInAuthority(applicationId, authority).orElseThrow(() -> new NotFoundException("Application", applicationId));
        List<PledgeItem> pledgeItems = pledges.pledgesForStaff(applicationId);
        return jdbc.sql(SELECT + " where r.application_id = ? and r.authority_id = ? order by r.due_on, r.id")
                .params(applicationId, authority).query(ReportService::item).list().stream()
                .map(obligation -> detail(obligation, pledgeItems)).toList();
    }

    /** A reviewer accepts a submitted report; an accepted final report can be settled. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void accept(long reportId, long version) {
        ObligationItem obligation = inMyAuthority(reportId);
        requireState(obligation, version, ReportStatus.SUBMITTED);
        claim(jdbc.sql("update report_obligation set status = 'ACCEPTED', accepted_at = ?, accepted_by = ?, version = version + 1 "
                        + "where id = ? and version = ? and status = 'SUBMITTED'")
                .params(Timestamp.from(clock.instant()), currentUser.actorName(), reportId, version).update(), reportId);
        audit.record("REPORT_ACCEPTED", "Report", reportId, "SUBMITTED", "ACCEPTED", null);
        mailApplicant(obligation.applicationId(), "report.mail.accepted.subject", "report.mail.accepted.text",
                language -> new Object[]{label(obligation, language), obligation.reference()});
    }

    /** A reviewer asks for more, with what and a term in days; the form reopens for the applicant, who gets a mail. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void askMore(long reportId, long version, String request, Integer days) {
        ObligationItem obligation = inMyAuthority(reportId);
        requireState(obligation, version, ReportStatus.SUBMITTED);
        List<Problem> problems = new ArrayList<>();
        if (blank(request)) {
            problems.add(new Problem("moreText", "report.validation.moreTextRequired"));
        } else if (request.length() > MAX_TEXT) {
            problems.add(new Problem("moreText", "validation.tooLong", MAX_TEXT));
        }
        if (days == null || days < 1 || days > 90) {
            problems.add(new Problem("moreDays", "validation.between", 1, 90));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate due = today().plusDays(days);
        claim(jdbc.sql("update report_obligation set status = 'MORE_ASKED', more_asked_text = ?, more_due_on = ?, more_reminded_at = null, "
                        + "version = version + 1 "
                        + "where id = ? and version = ? and status = 'SUBMITTED'")
                .params(request.trim(), Date.valueOf(due), reportId, version).update(), reportId);
        audit.record("REPORT_MORE_ASKED", "Report", reportId, "SUBMITTED", "MORE_ASKED until " + due, request.trim());
        mailApplicant(obligation.applicationId(), "report.mail.more.subject", "report.mail.more.text",
                language -> new Object[]{label(obligation, language), obligation.reference(), request.trim(),
                        Formats.date(due, language)});
    }

    /**
     * No final report by its deadline: a reviewer reminds the applicant with a new term (Awb 4:44 lid 3). Once that
     * term has passed too, the authority may settle on its own motion.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void remindLate(long reportId, long version, Integer days) {
        ObligationItem obligation = inMyAuthority(reportId);
        if (obligation.version() != version) {
            throw new ConcurrentEditException("Report " + reportId);
        }
        if (obligation.kind() != ReportKind.FINAL || !obligation.overdue(today())) {
            throw new InvalidInputException("lateDays", "report.validation.notLate");
        }
        if (days == null || days < 1 || days > 90) {
            throw new InvalidInputException("lateDays", "validation.between", 1, 90);
        }
        LocalDate due = today().plusDays(days);
        claim(jdbc.sql("""
                        update report_obligation set late_term_due_on = ?, late_reminded_by = ?, late_reminded_at = ?,
                            version = version + 1 where id = ? and version = ?""")
                .params(Date.valueOf(due), currentUser.actorName(), Timestamp.from(clock.instant()), reportId, version).update(),
                reportId);
        audit.record("REPORT_LATE_REMINDER", "Report", reportId, null, "new term until " + due, null);
        mailApplicant(obligation.applicationId(), "report.mail.late.subject", "report.mail.late.text",
                language -> new Object[]{obligation.reference(), obligation.title(), Formats.date(obligation.dueOn(), language),
                        Formats.date(due, language)});
    }

    /** A file of a report of the staff member's authority. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'DECISION_MAKER', 'FINANCE')")
    public AttachmentFile staffAttachment(long reportId, long attachmentId) {
        inMyAuthority(reportId);
        return file(reportId, attachmentId);
    }

    // ---- shared with the settlement ----

    /** The final report of an application (in the caller's scope, already checked), if the decision asked for one. */
    Optional<ObligationItem> finalReport(long applicationId) {
        return jdbc.sql(SELECT + " where r.application_id = ? and r.kind = 'FINAL'").param(applicationId)
                .query(ReportService::item).optional();
    }

    /** What the report says was spent, per cost-line position. */
    Map<Integer, BigDecimal> spent(long reportId) {
        Map<Integer, BigDecimal> spent = new TreeMap<>();
        jdbc.sql("select position, amount from report_spent where report_id = ?").param(reportId)
                .query((rs, row) -> spent.put(rs.getInt("position"), rs.getBigDecimal("amount"))).list();
        return spent;
    }

    // ---- helpers ----

    private ReportDetail detail(ObligationItem obligation, List<PledgeItem> pledgeItems) {
        GrantApplication application = applications.findById(obligation.applicationId()).orElseThrow();
        Map<Integer, BigDecimal> spent = spent(obligation.id());
        List<CostLineItem> lines = new ArrayList<>();
        List<CostLine> costLines = application.getCostLines();
        for (int i = 0; i < costLines.size(); i++) {
            CostLine line = costLines.get(i);
            lines.add(new CostLineItem(i, line.category(), line.year(), line.description(), line.amount(), spent.get(i)));
        }
        List<ReportForm.PledgeReceipt> receipts = jdbc.sql("select pledge_id, received_on, amount from report_pledge_receipt where report_id = ?")
                .param(obligation.id())
                .query((rs, row) -> new ReportForm.PledgeReceipt(rs.getLong("pledge_id"), 0,
                        rs.getDate("received_on") == null ? null : rs.getDate("received_on").toLocalDate(), rs.getBigDecimal("amount")))
                .list();
        ReportForm content = jdbc.sql("select activities, visitors_per_week, loneliness_change from report_obligation where id = ?")
                .param(obligation.id())
                .query((rs, row) -> new ReportForm(obligation.id(), obligation.version(), rs.getString("activities"),
                        (Integer) rs.getObject("visitors_per_week"), rs.getString("loneliness_change"), spent, receipts))
                .single();
        String moreText = jdbc.sql("select more_asked_text from report_obligation where id = ?").param(obligation.id())
                .query(String.class).optional().orElse(null);
        BigDecimal granted = granted(obligation.applicationId());
        BigDecimal threshold = accountantThreshold(obligation.applicationId());
        boolean accountant = obligation.kind() == ReportKind.FINAL && threshold != null && granted.compareTo(threshold) > 0;
        List<PledgeItem> relevant = pledgeItems.stream().filter(p -> p.status() != PledgeStatus.PLEDGED
                && p.status() != PledgeStatus.WITHDRAWN).toList();
        return new ReportDetail(obligation, content, lines, relevant, attachments(obligation.id()), moreText, granted, accountant);
    }

    private long store(ObligationItem obligation, ReportForm form) {
        int updated = jdbc.sql("""
                        update report_obligation set activities = ?, visitors_per_week = ?, loneliness_change = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(trimmed(form.activities()), form.visitorsPerWeek(), trimmed(form.lonelinessChange()), obligation.id(),
                        form.version())
                .update();
        if (updated != 1) {
            throw new ConcurrentEditException("Report " + obligation.id());
        }
        jdbc.sql("delete from report_spent where report_id = ?").param(obligation.id()).update();
        form.spent().forEach((position, amount) -> {
            if (amount != null) {
                jdbc.sql("insert into report_spent (report_id, position, amount) values (?, ?, ?)")
                        .params(obligation.id(), position, amount.setScale(2, RoundingMode.HALF_UP)).update();
            }
        });
        jdbc.sql("delete from report_pledge_receipt where report_id = ?").param(obligation.id()).update();
        List<Long> ownPledges = pledges.pledgesOnMyApplication(obligation.applicationId()).stream().map(PledgeItem::id).toList();
        for (ReportForm.PledgeReceipt receipt : form.receipts()) {
            if (ownPledges.contains(receipt.pledgeId()) && (receipt.receivedOn() != null || receipt.amount() != null)) {
                jdbc.sql("insert into report_pledge_receipt (report_id, pledge_id, received_on, amount) values (?, ?, ?, ?)")
                        .params(obligation.id(), receipt.pledgeId(), receipt.receivedOn() == null ? null : Date.valueOf(receipt.receivedOn()),
                                receipt.amount() == null ? null : receipt.amount().setScale(2, RoundingMode.HALF_UP))
                        .update();
            }
        }
        return form.version() + 1;
    }

    private static void checkStorable(ReportForm form, List<Problem> problems) {
        if (form.activities() != null && form.activities().length() > MAX_TEXT) {
            problems.add(new Problem("activities", "validation.tooLong", MAX_TEXT));
        }
        if (form.lonelinessChange() != null && form.lonelinessChange().length() > MAX_TEXT) {
            problems.add(new Problem("lonelinessChange", "validation.tooLong", MAX_TEXT));
        }
        if (form.visitorsPerWeek() != null && (form.visitorsPerWeek() < 0 || form.visitorsPerWeek() > 100_000)) {
            problems.add(new Problem("visitorsPerWeek", "validation.between", 0, 100_000));
        }
        form.spent().forEach((position, amount) -> amount(problems, "spent-" + position, amount));
        for (ReportForm.PledgeReceipt receipt : form.receipts()) {
            amount(problems, "pledge-" + receipt.pledgeId(), receipt.amount());
        }
    }

    private static void amount(List<Problem> problems, String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            problems.add(new Problem(field, "validation.notNegative"));
        } else if (amount != null && !Amounts.storable(amount)) {
            problems.add(new Problem(field, "validation.amount"));
        }
    }

    private List<ReportAttachmentItem> attachments(long reportId) {
        return jdbc.sql("select id, kind, file_name, media_type, size_bytes, uploaded_at from report_attachment where report_id = ? order by id")
                .param(reportId)
                .query((rs, row) -> new ReportAttachmentItem(rs.getLong("id"), ReportAttachmentKind.valueOf(rs.getString("kind")),
                        rs.getString("file_name"), rs.getString("media_type"), rs.getInt("size_bytes"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    private AttachmentFile file(long reportId, long attachmentId) {
        return jdbc.sql("select file_name, media_type, content from report_attachment where id = ? and report_id = ?")
                .params(attachmentId, reportId)
                .query((rs, row) -> new AttachmentFile(rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("content")))
                .optional().orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    /** The type by the file's first bytes, never by its name: PDF, JPEG or PNG. */
    static Optional<String> mediaType(byte[] content) {
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    BigDecimal granted(long applicationId) {
        return jdbc.sql("""
                        select coalesce(sum(m.amount), 0) from decision d join decision_amount m on m.decision_id = d.id
                        where d.application_id = ?""")
                .param(applicationId).query(BigDecimal.class).single();
    }

    private BigDecimal accountantThreshold(long applicationId) {
        return jdbc.sql("select c.accountant_statement_above from grant_application a join grant_call c on c.id = a.call_id where a.id = ?")
                .param(applicationId).query(BigDecimal.class).optional().orElse(null);
    }

    private ObligationItem mine(long reportId) {
        return jdbc.sql(SELECT + " where r.id = ? and r.organisation_id = ?")
                .params(reportId, currentUser.require().requireOrganisation()).query(ReportService::item).optional()
                .orElseThrow(() -> new NotFoundException("Report", reportId));
    }

    private ObligationItem editable(long reportId) {
        ObligationItem obligation = mine(reportId);
        boolean settled = jdbc.sql("select status = 'SETTLED' from grant_application where id = ?").param(obligation.applicationId())
                .query(Boolean.class).single();
        if (!obligation.status().editable() || settled) {
            throw new InvalidInputException("report", "report.validation.notEditable");
        }
        return obligation;
    }

    ObligationItem inMyAuthority(long reportId) {
        return jdbc.sql(SELECT + " where r.id = ? and r.authority_id = ?")
                .params(reportId, currentUser.require().requireAuthority()).query(ReportService::item).optional()
                .orElseThrow(() -> new NotFoundException("Report", reportId));
    }

    /** A conditional update changed the one row, or someone else changed it first. */
    private static void claim(int updated, long reportId) {
        if (updated != 1) {
            throw new ConcurrentEditException("Report " + reportId);
        }
    }

    private static void requireState(ObligationItem obligation, long version, ReportStatus status) {
        if (obligation.version() != version) {
            throw new ConcurrentEditException("Report " + obligation.id());
        }
        if (obligation.status() != status) {
            throw new InvalidInputException("report", "report.validation.wrongState");
        }
    }

    private String label(ObligationItem obligation, Locale language) {
        return obligation.kind() == ReportKind.FINAL ? translations.get(language, "report.kind.FINAL")
                : translations.get(language, "report.kind.PROGRESS.year", String.valueOf(obligation.year()));
    }

    void mailApplicant(long applicationId, String subjectKey, String textKey, java.util.function.Function<Locale, Object[]> args) {
        jdbc.sql("select submitted_by, applicant_locale from grant_application where id = ?").param(applicationId)
                .query((rs, row) -> new String[]{rs.getString(1), rs.getString(2)}).optional()
                .filter(to -> to[0] != null)
                .ifPresent(to -> {
                    Locale language = Locale.of(to[1] == null ? "nl" : to[1]);
                    Object[] values = args.apply(language);
                    mailer.send(new Mail(to[0], translations.get(language, subjectKey, values),
                            salutations.greet(to[0], language, translations.get(language, textKey, values))));
                });
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }

    static ObligationItem item(ResultSet rs, int row) throws SQLException {
        return new ObligationItem(rs.getLong("id"), rs.getLong("version"), rs.getLong("application_id"),
                rs.getString("reference"), rs.getString("title"), rs.getString("legal_name"),
                ReportKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("period_year"),
                rs.getDate("due_on").toLocalDate(), ReportStatus.valueOf(rs.getString("status")),
                rs.getDate("more_due_on") == null ? null : rs.getDate("more_due_on").toLocalDate(),
                rs.getDate("late_term_due_on") == null ? null : rs.getDate("late_term_due_on").toLocalDate(),
                rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant());
    }
}
