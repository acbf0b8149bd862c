package nl.gemeenschapsfonds.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;

/** Reads and writes objections, and the decision's amounts when a decision on an objection changes them. */
@Component
class ObjectionStore {

    private final JdbcClient jdbc;
    private final Decisions decisions;

    ObjectionStore(JdbcClient jdbc, Decisions decisions) {
        this.jdbc = jdbc;
        this.decisions = decisions;
    }

    /** The decision on the application, its row locked: registrations and decisions on one application take turns. */
    Optional<Decision> lockDecision(long applicationId) {
        return jdbc.sql("select id from decision where application_id = ? for update").param(applicationId)
                .query(Long.class).optional().flatMap(decisions::byId);
    }

    Optional<Decision> decision(long applicationId) {
        return decisions.ofApplication(applicationId);
    }

    Optional<Objection> objectionOf(long applicationId) {
        return decisions.objectionOf(applicationId);
    }

    /** The objection of the application against the decision or against the settlement (ADR 0029). */
    Optional<Objection> objectionOf(long applicationId, ObjectionSubject subject) {
        return jdbc.sql("select * from objection where application_id = ? and subject = ?").params(applicationId, subject.name())
                .query(Decisions::objection).optional();
    }

    void insert(long applicationId, LocalDate receivedOn, String grounds, boolean late, String registeredBy, Instant at,
                ObjectionSubject subject) {
        jdbc.sql("""
                        insert into objection (application_id, received_on, grounds, late, registered_by, registered_at, subject)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(applicationId, Date.valueOf(receivedOn), grounds, late, registeredBy, Timestamp.from(at), subject.name())
                .update();
    }

    void decide(long objectionId, ObjectionOutcome outcome, String motivation, Instant at) {
        jdbc.sql("update objection set outcome = ?, outcome_motivation = ?, decided_at = ? where id = ? and outcome is null")
                .params(outcome.name(), motivation, Timestamp.from(at), objectionId)
                .update();
    }

    /** The decision's new amounts per year (all positive) and the kind that follows from them. */
    void replaceAmounts(long decisionId, SortedMap<Integer, BigDecimal> amounts, Recommendation kind) {
        jdbc.sql("delete from decision_amount where decision_id = ?").param(decisionId).update();
        amounts.forEach((year, amount) -> jdbc.sql("insert into decision_amount (decision_id, year, amount) values (?, ?, ?)")
                .params(decisionId, year, amount).update());
        jdbc.sql("update decision set kind = ? where id = ?").params(kind.name(), decisionId).update();
    }
}
