package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.cofinancing.CoFinancingConditions;
import nl.gemeenschapsfonds.security.CurrentUser;
import nl.gemeenschapsfonds.submission.GrantApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Writes decisions: the decision with its amounts per year and its advances, its letter, and its co-financing condition. */
@Component
class DecisionStore {

    private final JdbcClient jdbc;
    private final CoFinancingConditions coFinancingConditions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Decisions decisions;

    DecisionStore(JdbcClient jdbc, CoFinancingConditions coFinancingConditions, CurrentUser currentUser, Clock clock,
                  Decisions decisions) {
        this.decisions = decisions;
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

    /** The decision on the application, as the applicant sees it. */
    Optional<DecisionService.DecisionSummary> summary(GrantApplication application) {
        return decisions.ofApplication(application.getId()).map(decision -> new DecisionService.DecisionSummary(
                decision.outcome(), decision.decisionDate(), decision.objectionDeadline(),
                decisions.letter(application.getId()).map(Decisions.Letter::pdf).orElse(null),
                decision.letterFileName(application.getReference()), decision.grantedPerYear(),
                application.getAmountRequested()));
    }
}
