package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.cofinancing.CoFinancingConditions;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Writes decisions: the decision with its amounts per year and its advances, its letter, and its co-financing condition. */
@Component
class DecisionStore {

    private final JdbcClient jdbc;
    private final CoFinancingConditions coFinancingConditions;
    private final CurrentUser currentUser;
    private final Clock clock;

    DecisionStore(JdbcClient jdbc, CoFinancingConditions coFinancingConditions, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.coFinancingConditions = coFinancingConditions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Stores the decision of the signed-in decision maker, without its letter yet; answers its id. */
    long insert(DecisionForm form, Recommendation kind, LocalDate today, LocalDate objectionDeadline, Locale language) {
        long decisionId = jdbc.sql("""
                        insert into decision (application_id, authority_id, kind, decided_by, decided_at, decision_date, refusal_ground,
                            conditions, report_obligations, motivation, settlement_deadline, objection_deadline, letter_language)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(form.applicationId(), currentUser.require().requireAuthority(), kind.name(), currentUser.actorName(),
                        Timestamp.from(clock.instant()), Date.valueOf(today),
                        form.refusalGround() == null ? null : form.refusalGround().name(), form.conditions(),
                        form.reportObligations(), form.motivation().trim(),
                        form.settlementDeadline() == null ? null : Date.valueOf(form.settlementDeadline()),
                        Date.valueOf(objectionDeadline), language.getLanguage())
                .query(Long.class).single();
        if (kind != Recommendation.REFUSE) {
            form.amounts().forEach((year, amount) -> jdbc.sql("insert into decision_amount (decision_id, year, amount) values (?, ?, ?)")
                    .params(decisionId, year, amount).update());
            for (int i = 0; i < form.advances().size(); i++) {
                DecisionForm.Advance advance = form.advances().get(i);
                jdbc.sql("insert into advance_payment (decision_id, position, due_on, year, amount) values (?, ?, ?, ?, ?)")
                        .params(decisionId, i, Date.valueOf(advance.dueOn()), advance.year(), advance.amount()).update();
            }
            if (form.coFinancingDueBy() != null) {
                coFinancingConditions.impose(form.applicationId(), decisionId, form.coFinancingDueBy());
            }
        }
        return decisionId;
    }

    void storeLetter(long decisionId, byte[] pdf) {
        jdbc.sql("update decision set letter_pdf = ? where id = ?").params(pdf, decisionId).update();
    }

    Optional<byte[]> letter(long applicationId) {
        return jdbc.sql("select letter_pdf from decision where application_id = ?").param(applicationId)
                .query((rs, row) -> rs.getBytes(1)).optional();
    }

    /** The decision on an application of this organisation, as the applicant sees it. */
    Optional<DecisionService.DecisionSummary> ofOrganisation(long applicationId, long organisation) {
        return jdbc.sql("""
                        select d.id, d.kind, d.decision_date, d.objection_deadline, d.letter_pdf, a.reference, d.letter_language,
                               a.amount_requested
                        from decision d join grant_application a on a.id = d.application_id
                        where d.application_id = ? and a.organisation_id = ?""")
                .params(applicationId, organisation)
                .query((rs, row) -> new DecisionService.DecisionSummary(Recommendation.valueOf(rs.getString("kind")),
                        rs.getDate("decision_date").toLocalDate(), rs.getDate("objection_deadline").toLocalDate(),
                        rs.getBytes("letter_pdf"),
                        DecisionService.letterFileName(rs.getString("reference"), Locale.of(rs.getString("letter_language"))),
                        grantedPerYear(rs.getLong("id")), rs.getBigDecimal("amount_requested")))
                .optional();
    }

    private SortedMap<Integer, BigDecimal> grantedPerYear(long decisionId) {
        SortedMap<Integer, BigDecimal> granted = new TreeMap<>();
        jdbc.sql("select year, amount from decision_amount where decision_id = ? order by year").param(decisionId)
                .query((rs, row) -> granted.put(rs.getInt("year"), rs.getBigDecimal("amount"))).list();
        return granted;
    }
}
