package nl.gemeenschapsfonds.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The review module's public read API of decisions: the one door to the tables {@code decision},
 * {@code decision_amount}, {@code advance_payment} and {@code objection}, which only the review module writes
 * (issue 19, one owner per table). Payments, reports, settlements, the register and the integration API read
 * decisions here instead of in SQL of their own.
 *
 * <p>No {@code @PreAuthorize} here, on purpose (like {@link GrantRegisterQuery}): the callers are other modules'
 * services, which check the user's role and authority themselves, their event listeners in the decision maker's
 * transaction, and the integration API, whose client is not a signed-in user. Views never call this; they call a
 * module's service. Every method joins the caller's transaction, so a listener of {@link GrantDecided} sees the
 * decision that is being taken.</p>
 */
@Component
public class Decisions {

    private static final String SELECT = """
            select id, application_id, authority_id, kind, decided_by, decided_at, decision_date, refusal_ground, conditions,
                   report_obligations, motivation, settlement_deadline, objection_deadline, letter_language
            from decision""";

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The decision on the application, if one was taken (there is at most one). */
    @Transactional(readOnly = true)
    public Optional<Decision> ofApplication(long applicationId) {
        return first(jdbc.sql(SELECT + " where application_id = ?").param(applicationId).query(Decisions::row).list());
    }

    /** The decision with this id. */
    @Transactional(readOnly = true)
    public Optional<Decision> byId(long decisionId) {
        return first(jdbc.sql(SELECT + " where id = ?").param(decisionId).query(Decisions::row).list());
    }

    /** The decisions with these ids, by id; ids that do not exist are left out. Three queries, however many ids. */
    @Transactional(readOnly = true)
    public Map<Long, Decision> byIds(Collection<Long> decisionIds) {
        if (decisionIds.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = jdbc.sql(SELECT + " where id = any(?) order by id").param(decisionIds.toArray(Long[]::new))
                .query(Decisions::row).list();
        Map<Long, Decision> found = new LinkedHashMap<>();
        complete(rows).forEach(decision -> found.put(decision.id(), decision));
        return found;
    }

    /** The decisions on these applications, by application id; applications without a decision are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Decision> ofApplications(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = jdbc.sql(SELECT + " where application_id = any(?) order by id")
                .param(applicationIds.toArray(Long[]::new)).query(Decisions::row).list();
        Map<Long, Decision> found = new LinkedHashMap<>();
        complete(rows).forEach(decision -> found.put(decision.applicationId(), decision));
        return found;
    }

    /**
     * The decisions of an authority in id order, a page at a time: those with an id above {@code afterId}, at most
     * {@code limit}; with {@code applicationId}, only the decision on that application.
     */
    @Transactional(readOnly = true)
    public List<Decision> ofAuthority(long authorityId, Long applicationId, long afterId, int limit) {
        List<Object> params = new ArrayList<>(List.of(authorityId));
        String sql = SELECT + " where authority_id = ?";
        if (applicationId != null) {
            sql += " and application_id = ?";
            params.add(applicationId);
        }
        params.add(afterId);
        params.add(limit);
        return complete(jdbc.sql(sql + " and id > ? order by id limit ?").params(params).query(Decisions::row).list());
    }

    /** The ids of all applications that were granted (whole or partly), oldest decision first: for rebuilding read models. */
    @Transactional(readOnly = true)
    public List<Long> grantedApplicationIds() {
        return jdbc.sql("select application_id from decision where kind in ('GRANT', 'GRANT_PARTLY') order by id")
                .query(Long.class).list();
    }

    /** The decision letter (PDF) on the application, in the language it was written in. */
    @Transactional(readOnly = true)
    public Optional<Letter> letter(long applicationId) {
        return jdbc.sql("select letter_pdf, letter_language from decision where application_id = ? and letter_pdf is not null")
                .param(applicationId)
                .query((rs, row) -> new Letter(rs.getBytes(1), Locale.of(rs.getString(2))))
                .optional();
    }

    /** The objection against the decision on the application, if one was registered (there is at most one). */
    @Transactional(readOnly = true)
    public Optional<Objection> objectionOf(long applicationId) {
        return jdbc.sql("select * from objection where application_id = ? and subject = 'DECISION' order by id").param(applicationId)
                .query(Decisions::objection).list().stream().findFirst();
    }

    /** A decision letter: the PDF as sent, and its language. */
    public record Letter(byte[] pdf, Locale language) {

        public String fileName(String reference) {
            return DecisionService.letterFileName(reference, language);
        }
    }

    static Objection objection(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Objection(rs.getLong("id"), rs.getLong("application_id"), rs.getDate("received_on").toLocalDate(),
                rs.getString("grounds"), rs.getBoolean("late"), rs.getString("registered_by"),
                rs.getString("outcome") == null ? null : ObjectionOutcome.valueOf(rs.getString("outcome")),
                rs.getString("outcome_motivation"), decidedAt == null ? null : decidedAt.toInstant());
    }

    private Optional<Decision> first(List<Row> rows) {
        return complete(rows).stream().findFirst();
    }

    /** Adds the amounts and advances to the rows: one query each, for all rows at once. */
    private List<Decision> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, SortedMap<Integer, BigDecimal>> amounts = new HashMap<>();
        jdbc.sql("select decision_id, year, amount from decision_amount where decision_id = any(?)").param(ids)
                .query((rs, n) -> amounts.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3)))
                .list();
        Map<Long, List<Decision.Advance>> advances = new HashMap<>();
        jdbc.sql("select decision_id, position, due_on, year, amount from advance_payment where decision_id = any(?) "
                        + "order by decision_id, position").param(ids)
                .query((rs, n) -> advances.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Decision.Advance(
                        rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getInt(4), rs.getBigDecimal(5))))
                .list();
        return rows.stream().map(r -> new Decision(r.id(), r.applicationId(), r.authorityId(), r.outcome(), r.decidedBy(),
                r.decidedAt(), r.decisionDate(), r.refusalGround(), r.conditions(), r.reportObligations(), r.motivation(),
                r.settlementDeadline(), r.objectionDeadline(), r.letterLanguage(),
                amounts.getOrDefault(r.id(), new TreeMap<>()), advances.getOrDefault(r.id(), List.of()))).toList();
    }

    private record Row(long id, long applicationId, Long authorityId, Recommendation outcome, String decidedBy,
                       java.time.Instant decidedAt, java.time.LocalDate decisionDate, RefusalGround refusalGround,
                       String conditions, String reportObligations, String motivation,
                       java.time.LocalDate settlementDeadline, java.time.LocalDate objectionDeadline, Locale letterLanguage) {
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("application_id"), (Long) rs.getObject("authority_id", Long.class),
                Recommendation.valueOf(rs.getString("kind")), rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant(), rs.getDate("decision_date").toLocalDate(),
                rs.getString("refusal_ground") == null ? null : RefusalGround.valueOf(rs.getString("refusal_ground")),
                rs.getString("conditions"), rs.getString("report_obligations"), rs.getString("motivation"),
                date(rs.getDate("settlement_deadline")), rs.getDate("objection_deadline").toLocalDate(),
                Locale.of(rs.getString("letter_language")));
    }

    private static java.time.LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
