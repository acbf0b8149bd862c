package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.base.ConcurrentEditException;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.organisation.OrganisationFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.submission.ApplicationSummaries;
import nl.gemeenschapsfonds.submission.ApplicationSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The report module's own report tables ({@code report_obligation}, {@code report_spent}, {@code report_pledge_receipt},
 * {@code report_attachment}): every read and write of them. Conditional updates (status and version in the
 * {@code where}) make a change made meanwhile a {@link ConcurrentEditException}.
 */
@Component
class ReportRecords {

    /**
     * Once the grant is settled (for example on the authority's own motion), a report not accepted is no longer owed.
     * Whether it is settled is this module's own fact: the application becomes SETTLED only together with its
     * settlement ({@link SettlementService}, {@link AtOnceSettlement}), in one transaction.
     */
    private static final String SETTLED = """
            exists (select 1 from settlement s where s.application_id = r.application_id and s.status = 'SETTLED')""";
    private static final String STILL_RELEVANT = "(r.status = 'ACCEPTED' or not " + SETTLED + ")";
    /**
     * Only the module's own table: the application's reference and title and the organisation's name come from
     * submission's and organisation's batch reads, once for all rows (see {@link #named}).
     */
    private static final String SELECT = "select r.* from report_obligation r";

    private final JdbcClient jdbc;
    private final ApplicationSummaries applications;
    private final Organisations organisations;

    ReportRecords(JdbcClient jdbc, ApplicationSummaries applications, Organisations organisations) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.organisations = organisations;
    }

    List<ObligationItem> ofOrganisation(long applicationId, long organisationId) {
        return named(jdbc.sql(SELECT + " where r.application_id = ? and r.organisation_id = ? and " + STILL_RELEVANT
                        + " order by r.due_on, r.id")
                .params(applicationId, organisationId).query(ReportRecords::row).list());
    }

    ObligationItem mine(long reportId, long organisationId) {
        return named(jdbc.sql(SELECT + " where r.id = ? and r.organisation_id = ?").params(reportId, organisationId)
                .query(ReportRecords::row).list()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Report", reportId));
    }

    ObligationItem inAuthority(long reportId, long authorityId) {
        return named(jdbc.sql(SELECT + " where r.id = ? and r.authority_id = ?").params(reportId, authorityId)
                .query(ReportRecords::row).list()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Report", reportId));
    }

    List<ObligationItem> ofApplicationInAuthority(long applicationId, long authorityId) {
        return named(jdbc.sql(SELECT + " where r.application_id = ? and r.authority_id = ? order by r.due_on, r.id")
                .params(applicationId, authorityId).query(ReportRecords::row).list());
    }

    /** Still to come or to be reviewed (not accepted) of grants not settled, by deadline. */
    List<ObligationItem> worklist(long authorityId) {
        return named(jdbc.sql(SELECT + " where r.authority_id = ? and r.status <> 'ACCEPTED' and not " + SETTLED
                        + " order by r.due_on, r.id limit 500")
                .param(authorityId).query(ReportRecords::row).list());
    }

    Optional<ObligationItem> finalReport(long applicationId) {
        return named(jdbc.sql(SELECT + " where r.application_id = ? and r.kind = 'FINAL'").param(applicationId)
                .query(ReportRecords::row).list()).stream().findFirst();
    }

    /** What the report says was spent, per cost-line position. */
    Map<Integer, BigDecimal> spent(long reportId) {
        Map<Integer, BigDecimal> spent = new TreeMap<>();
        jdbc.sql("select position, amount from report_spent where report_id = ?").param(reportId)
                .query((rs, row) -> spent.put(rs.getInt("position"), rs.getBigDecimal("amount"))).list();
        return spent;
    }

    /** What was typed into the report so far. */
    ReportForm content(ObligationItem obligation) {
        Map<Integer, BigDecimal> spent = spent(obligation.id());
        List<ReportForm.PledgeReceipt> receipts = jdbc.sql(
                        "select pledge_id, received_on, amount from report_pledge_receipt where report_id = ?")
                .param(obligation.id())
                .query((rs, row) -> new ReportForm.PledgeReceipt(rs.getLong("pledge_id"), 0, date(rs.getDate("received_on")),
                        rs.getBigDecimal("amount")))
                .list();
        return jdbc.sql("select activities, visitors_per_week, loneliness_change from report_obligation where id = ?")
                .param(obligation.id())
                .query((rs, row) -> new ReportForm(obligation.id(), obligation.version(), rs.getString("activities"),
                        (Integer) rs.getObject("visitors_per_week"), rs.getString("loneliness_change"), spent, receipts))
                .single();
    }

    Optional<String> moreAskedText(long reportId) {
        return jdbc.sql("select more_asked_text from report_obligation where id = ?").param(reportId).query(String.class).optional();
    }

    /** Stores what was typed (receipts only for the application's own pledges); answers the new version. */
    long storeContent(ObligationItem obligation, ReportForm form, Collection<Long> ownPledges) {
        claim(jdbc.sql("""
                        update report_obligation set activities = ?, visitors_per_week = ?, loneliness_change = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(trimmed(form.activities()), form.visitorsPerWeek(), trimmed(form.lonelinessChange()), obligation.id(),
                        form.version())
                .update(), obligation.id());
        jdbc.sql("delete from report_spent where report_id = ?").param(obligation.id()).update();
        form.spent().forEach((position, amount) -> {
            if (amount != null) {
                jdbc.sql("insert into report_spent (report_id, position, amount) values (?, ?, ?)")
                        .params(obligation.id(), position, amount.setScale(2, RoundingMode.HALF_UP)).update();
            }
        });
        jdbc.sql("delete from report_pledge_receipt where report_id = ?").param(obligation.id()).update();
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

    void markSubmitted(long reportId, Instant at, String by) {
        claim(jdbc.sql("""
                        update report_obligation set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?,
                            more_asked_text = null, more_due_on = null, version = version + 1
                        where id = ? and status in ('OPEN', 'MORE_ASKED')""")
                .params(Timestamp.from(at), by, reportId).update(), reportId);
    }

    void markAccepted(long reportId, long version, Instant at, String by) {
        claim(jdbc.sql("update report_obligation set status = 'ACCEPTED', accepted_at = ?, accepted_by = ?, version = version + 1 "
                        + "where id = ? and version = ? and status = 'SUBMITTED'")
                .params(Timestamp.from(at), by, reportId, version).update(), reportId);
    }

    void markMoreAsked(long reportId, long version, String request, LocalDate due) {
        claim(jdbc.sql("update report_obligation set status = 'MORE_ASKED', more_asked_text = ?, more_due_on = ?, more_reminded_at = null, "
                        + "version = version + 1 "
                        + "where id = ? and version = ? and status = 'SUBMITTED'")
                .params(request, Date.valueOf(due), reportId, version).update(), reportId);
    }

    void setLateTerm(long reportId, long version, LocalDate due, String by, Instant at) {
        claim(jdbc.sql("""
                        update report_obligation set late_term_due_on = ?, late_reminded_by = ?, late_reminded_at = ?,
                            version = version + 1 where id = ? and version = ?""")
                .params(Date.valueOf(due), by, Timestamp.from(at), reportId, version).update(), reportId);
    }

    List<ReportAttachmentItem> attachments(long reportId) {
        return jdbc.sql("select id, kind, file_name, media_type, size_bytes, uploaded_at from report_attachment where report_id = ? order by id")
                .param(reportId)
                .query((rs, row) -> new ReportAttachmentItem(rs.getLong("id"), ReportAttachmentKind.valueOf(rs.getString("kind")),
                        rs.getString("file_name"), rs.getString("media_type"), rs.getInt("size_bytes"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    ReportService.AttachmentFile file(long reportId, long attachmentId) {
        return jdbc.sql("select file_name, media_type, content from report_attachment where id = ? and report_id = ?")
                .params(attachmentId, reportId)
                .query((rs, row) -> new ReportService.AttachmentFile(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("content")))
                .optional().orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    long insertAttachment(long reportId, ReportAttachmentKind kind, String name, String mediaType, byte[] content, String by,
                          Instant at) {
        return jdbc.sql("""
                        insert into report_attachment (report_id, kind, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(reportId, kind.name(), name, mediaType, content.length, content, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** A conditional update changed the one row, or someone else changed it first. */
    private static void claim(int updated, long reportId) {
        if (updated != 1) {
            throw new ConcurrentEditException("Report " + reportId);
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** A row of {@code report_obligation}, its names still to be filled in. */
    private record Row(ObligationItem item, long organisationId) {
    }

    /**
     * The rows with the application's reference and title and the organisation's name: two queries for all rows
     * (submission's {@link ApplicationSummaries}, organisation's {@link Organisations}), none when there are none.
     */
    private List<ObligationItem> named(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ApplicationSummary> applied = applications.of(rows.stream().map(row -> row.item().applicationId())
                .collect(Collectors.toSet()));
        Map<Long, OrganisationFacts> names = organisations.organisations(rows.stream().map(Row::organisationId)
                .collect(Collectors.toSet()));
        return rows.stream().map(row -> {
            ObligationItem r = row.item();
            ApplicationSummary application = applied.get(r.applicationId());
            OrganisationFacts organisation = names.get(row.organisationId());
            return new ObligationItem(r.id(), r.version(), r.applicationId(), application.reference(), application.title(),
                    organisation.legalName(), r.kind(), r.year(), r.dueOn(), r.status(), r.moreDueOn(), r.lateTermDueOn(),
                    r.submittedAt());
        }).toList();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(new ObligationItem(rs.getLong("id"), rs.getLong("version"), rs.getLong("application_id"),
                null, null, null, ReportKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("period_year"),
                rs.getDate("due_on").toLocalDate(), ReportStatus.valueOf(rs.getString("status")),
                date(rs.getDate("more_due_on")), date(rs.getDate("late_term_due_on")),
                rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant()),
                rs.getLong("organisation_id"));
    }
}
