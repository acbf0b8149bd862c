package nl.gemeenschapsfonds.report;

import nl.gemeenschapsfonds.organisation.OrganisationFacts;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.submission.ApplicationSummaries;
import nl.gemeenschapsfonds.submission.ApplicationSummary;
import org.springframework.dao.DuplicateKeyException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report module's own settlement tables ({@code settlement}, {@code settlement_reduction}, {@code repayment_claim}):
 * every read and write of them, so the services hold the rules and this class the SQL. Conditional updates (status and
 * version in the {@code where}) keep two people at the same moment from both succeeding; a method answers whether its
 * row was still as read.
 */
@Component
class SettlementRecords {

    /**
     * Only the module's own tables (a settlement with its repayment claim, at most one); the reductions, the
     * application's reference and title and the organisation's name are read once for all rows (see {@link #items}).
     */
    private static final String SELECT = """
            select s.*, c.id as claim_id, c.version as claim_version, c.amount as claim_amount, c.due_on as claim_due_on,
                   c.status as claim_status, c.received_on as claim_received_on
            from settlement s left join repayment_claim c on c.settlement_id = s.id""";

    private final JdbcClient jdbc;
    private final ApplicationSummaries applications;
    private final Organisations organisations;

    SettlementRecords(JdbcClient jdbc, ApplicationSummaries applications, Organisations organisations) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.organisations = organisations;
    }

    Optional<SettlementItem> ofApplication(long applicationId) {
        return items(jdbc.sql(SELECT + " where s.application_id = ?").param(applicationId).query(SettlementRecords::row).list())
                .stream().findFirst();
    }

    Optional<SettlementItem> inAuthority(long settlementId, long authorityId) {
        return items(jdbc.sql(SELECT + " where s.id = ? and s.authority_id = ?").params(settlementId, authorityId)
                .query(SettlementRecords::row).list()).stream().findFirst();
    }

    /** Proposed ones first, then settled with an open claim, then the rest. */
    List<SettlementItem> ofAuthority(long authorityId) {
        return items(jdbc.sql(SELECT + " where s.authority_id = ? order by s.status, s.id desc limit 500").param(authorityId)
                .query(SettlementRecords::row).list());
    }

    Optional<byte[]> letter(long applicationId) {
        return jdbc.sql("select letter_pdf from settlement where application_id = ? and letter_pdf is not null")
                .param(applicationId).query((rs, row) -> rs.getBytes(1)).optional();
    }

    /**
     * The decided settlement of the application if it is the organisation's (whose it is: submission's
     * {@link ApplicationSummaries}).
     */
    Optional<ApplicantSettlement> settledFor(long applicationId, long organisationId) {
        Optional<ApplicationSummary> application = applications.of(applicationId)
                .filter(summary -> summary.organisationId() == organisationId);
        if (application.isEmpty()) {
            return Optional.empty();
        }
        String reference = application.get().reference();
        return jdbc.sql("""
                        select s.kind, s.granted, s.settled, s.decision_date, s.final_payment, s.objection_deadline, s.letter_pdf,
                               s.letter_language, c.amount as claim, c.due_on as claim_due
                        from settlement s left join repayment_claim c on c.settlement_id = s.id
                        where s.application_id = ? and s.status = 'SETTLED'""")
                .param(applicationId)
                .query((rs, row) -> new ApplicantSettlement(SettlementKind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("granted"), rs.getBigDecimal("settled"), rs.getDate("decision_date").toLocalDate(),
                        rs.getBigDecimal("final_payment"), rs.getBigDecimal("claim"), date(rs.getDate("claim_due")),
                        date(rs.getDate("objection_deadline")), rs.getBytes("letter_pdf"),
                        SettlementService.letterFileName(reference,
                                Locale.of(rs.getString("letter_language") == null ? "nl" : rs.getString("letter_language")))))
                .optional();
    }

    /** Removes a proposal being replaced; false when it changed or was settled meanwhile. */
    boolean deleteProposal(SettlementItem proposal) {
        return jdbc.sql("delete from settlement where id = ? and status = 'PROPOSED' and version = ?")
                .params(proposal.id(), proposal.version()).update() == 1;
    }

    /** Stores a proposal with its reductions; empty when the application got a settlement meanwhile. */
    Optional<Long> insertProposal(long applicationId, long authorityId, SettlementKind kind, BigDecimal granted, BigDecimal settled,
                                  String motivation, String proposedBy, Instant at, long version,
                                  List<SettlementForm.Reduction> reductions) {
        long id;
        try {
            id = jdbc.sql("""
                            insert into settlement (application_id, authority_id, kind, status, granted, settled, motivation,
                                proposed_by, proposed_at, version)
                            values (?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?, ?) returning id""")
                    .params(applicationId, authorityId, kind.name(), granted, settled, motivation.isEmpty() ? null : motivation,
                            proposedBy, Timestamp.from(at), version)
                    .query(Long.class).single();
        } catch (DuplicateKeyException proposedMeanwhile) {
            return Optional.empty();
        }
        for (SettlementForm.Reduction reduction : reductions) {
            jdbc.sql("insert into settlement_reduction (settlement_id, position, amount, reason, note) values (?, ?, ?, ?, ?)")
                    .params(id, reduction.position(), reduction.amount().setScale(2, RoundingMode.HALF_UP), reduction.reason().name(),
                            reduction.note() == null || reduction.note().isBlank() ? null : reduction.note().trim())
                    .update();
        }
        return Optional.of(id);
    }

    /**
     * Claims a proposal for deciding: a second decision maker at the same moment waits for this row and then finds it
     * changed. False when it was no longer as read.
     */
    boolean claimProposal(long settlementId, long version) {
        return jdbc.sql("update settlement set version = version + 1 where id = ? and version = ? and status = 'PROPOSED'")
                .params(settlementId, version).update() == 1;
    }

    long insertClaim(long settlementId, long applicationId, long authorityId, BigDecimal amount, LocalDate dueOn) {
        return jdbc.sql("""
                        insert into repayment_claim (settlement_id, application_id, authority_id, amount, due_on, status)
                        values (?, ?, ?, ?, ?, 'OPEN') returning id""")
                .params(settlementId, applicationId, authorityId, amount, Date.valueOf(dueOn))
                .query(Long.class).single();
    }

    void markSettled(long settlementId, String decidedBy, Instant at, LocalDate on, BigDecimal paidBefore, BigDecimal finalPayment,
                     BigDecimal released, LocalDate objectionDeadline, Locale language) {
        jdbc.sql("""
                        update settlement set status = 'SETTLED', decided_by = ?, decided_at = ?, decision_date = ?, paid_before = ?,
                            final_payment = ?, released = ?, objection_deadline = ?, letter_language = ?, version = version + 1
                        where id = ?""")
                .params(decidedBy, Timestamp.from(at), Date.valueOf(on), paidBefore, finalPayment,
                        released.signum() > 0 ? released : null, Date.valueOf(objectionDeadline), language.getLanguage(),
                        settlementId)
                .update();
    }

    void storeLetter(long settlementId, byte[] letter) {
        jdbc.sql("update settlement set letter_pdf = ? where id = ?").params(letter, settlementId).update();
    }

    void insertSettledAtOnce(long applicationId, long authorityId, BigDecimal granted, String decidedBy, Instant at, LocalDate on,
                             BigDecimal finalPayment) {
        jdbc.sql("""
                        insert into settlement (application_id, authority_id, kind, status, granted, settled, decided_by, decided_at,
                            decision_date, paid_before, final_payment)
                        values (?, ?, 'AT_ONCE', 'SETTLED', ?, ?, ?, ?, ?, 0, ?)""")
                .params(applicationId, authorityId, granted, granted, decidedBy, Timestamp.from(at), Date.valueOf(on),
                        finalPayment.signum() > 0 ? finalPayment : null)
                .update();
    }

    /** An open or received repayment claim of the authority. */
    record Claim(long applicationId, BigDecimal amount, boolean open, long version) {
    }

    Optional<Claim> claim(long claimId, long authorityId) {
        return jdbc.sql("select application_id, amount, status, version from repayment_claim where id = ? and authority_id = ?")
                .params(claimId, authorityId)
                .query((rs, row) -> new Claim(rs.getLong(1), rs.getBigDecimal(2), "OPEN".equals(rs.getString(3)), rs.getLong(4)))
                .optional();
    }

    /** False when the claim was no longer open at this version. */
    boolean markClaimReceived(long claimId, long version, LocalDate receivedOn, String receivedBy, Instant at) {
        return jdbc.sql("""
                        update repayment_claim set status = 'RECEIVED', received_on = ?, received_by = ?, received_at = ?,
                            version = version + 1 where id = ? and version = ? and status = 'OPEN'""")
                .params(Date.valueOf(receivedOn), receivedBy, Timestamp.from(at), claimId, version)
                .update() == 1;
    }

    /** A row of {@code settlement} with its claim; reductions and names still to be filled in. */
    private static SettlementItem row(ResultSet rs, int row) throws SQLException {
        SettlementItem.RepaymentClaim claim = rs.getObject("claim_id") == null ? null
                : new SettlementItem.RepaymentClaim(rs.getLong("claim_id"), rs.getLong("claim_version"),
                        rs.getBigDecimal("claim_amount"), rs.getDate("claim_due_on").toLocalDate(),
                        "RECEIVED".equals(rs.getString("claim_status")), date(rs.getDate("claim_received_on")));
        return new SettlementItem(rs.getLong("id"), rs.getLong("version"), rs.getLong("application_id"), null, null, null,
                SettlementKind.valueOf(rs.getString("kind")), SettlementStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("granted"), rs.getBigDecimal("settled"), rs.getString("motivation"),
                rs.getString("proposed_by"), rs.getString("decided_by"), date(rs.getDate("decision_date")),
                rs.getBigDecimal("final_payment"), rs.getBigDecimal("released"), List.of(), claim);
    }

    /**
     * The rows with their reductions, the application's reference and title and the organisation's name: three more
     * queries for all rows together (the reductions, submission's {@link ApplicationSummaries}, organisation's
     * {@link Organisations}), none when there are no rows.
     */
    private List<SettlementItem> items(List<SettlementItem> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SettlementForm.Reduction>> reductions = new HashMap<>();
        jdbc.sql("""
                        select settlement_id, position, amount, reason, note from settlement_reduction
                        where settlement_id in (:ids) order by settlement_id, position""")
                .param("ids", rows.stream().map(SettlementItem::id).toList())
                .query((r, n) -> reductions.computeIfAbsent(r.getLong("settlement_id"), id -> new ArrayList<>())
                        .add(new SettlementForm.Reduction(r.getInt("position"), r.getBigDecimal("amount"),
                                ReductionReason.valueOf(r.getString("reason")), r.getString("note"))))
                .list();
        Map<Long, ApplicationSummary> applied = applications.of(rows.stream().map(SettlementItem::applicationId)
                .collect(Collectors.toSet()));
        Map<Long, OrganisationFacts> names = organisations.organisations(applied.values().stream()
                .map(ApplicationSummary::organisationId).collect(Collectors.toSet()));
        return rows.stream().map(s -> {
            ApplicationSummary application = applied.get(s.applicationId());
            OrganisationFacts organisation = names.get(application.organisationId());
            return new SettlementItem(s.id(), s.version(), s.applicationId(), application.reference(), application.title(),
                    organisation.legalName(), s.kind(), s.status(), s.granted(), s.settled(), s.motivation(),
                    s.proposedBy(), s.decidedBy(), s.decisionDate(), s.finalPayment(), s.released(),
                    List.copyOf(reductions.getOrDefault(s.id(), List.of())), s.claim());
        }).toList();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
