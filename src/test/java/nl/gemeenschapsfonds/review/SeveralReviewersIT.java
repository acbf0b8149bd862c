package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several reviewers per application (issue 21.3): the lead assigns within the call's cap (held by the database too,
 * also for two assignments at the same moment), a declared conflict of interest blocks and is audited, and the
 * decision waits for the call's number of assessments and, when two scores lie too far apart, a second opinion.
 */
@IntegrationTest
class SeveralReviewersIT {

    @Autowired AssignmentService assignments;
    @Autowired AssessmentService assessments;
    @Autowired DecisionService decisions;
    @Autowired Applications applications;
    @Autowired TestAuthorities authorities;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired nl.gemeenschapsfonds.review.IntakeService intake;

    private Staff staff;
    private String second;
    private String third;
    private long call;

    @BeforeEach
    void anAuthorityWithThreeReviewersOfWhomTheFirstLeads() throws Exception {
        staff = authorities.newAuthority("Gemeente Meerogen " + UUID.randomUUID().toString().substring(0, 6));
        second = "tweede-" + UUID.randomUUID().toString().substring(0, 8) + "@test.nl";
        third = "derde-" + UUID.randomUUID().toString().substring(0, 8) + "@test.nl";
        authorities.createUser(second, Role.REVIEWER, staff.authorityId());
        authorities.createUser(third, Role.REVIEWER, staff.authorityId());
        authorities.as(staff.admin(), () -> assignments.setLead(staff.reviewer(), true));
        call = applications.openCall(staff, CallSpec.ranking(Map.of(2027, amount("500000"))));
    }

    private long inAssessment(String grant) throws Exception {
        long id = applications.submitted(authorities.newApplicant("Dorpshuis Meerogen"), call, Map.of(2027, amount(grant)));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(id));
        return id;
    }

    private void settings(int required, String spread, Integer cap) throws Exception {
        authorities.as(staff.reviewer(), () -> assignments.saveSettings(
                new ReviewSettings(call, required, spread == null ? null : new BigDecimal(spread), cap)));
    }

    private String status(long id) {
        return jdbc.sql("select status from grant_application where id = ?").param(id).query(String.class).single();
    }

    private long audited(String action, long id) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and object_type = 'Application' and object_id = ?")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }

    private DecisionForm grant(long id) {
        return new DecisionForm(id, Recommendation.GRANT, new TreeMap<>(Map.of(2027, amount("20000"))), "Volgens de regeling.",
                "Eindverslag.", null, List.of(), null, "Voldoet aan de regeling.");
    }

    @Test
    void a_lead_of_another_authority_can_neither_read_nor_save_this_calls_settings() throws Exception {
        settings(2, "15", 5);
        Staff other = authorities.newAuthority("Gemeente Elders " + UUID.randomUUID().toString().substring(0, 6));
        authorities.as(other.admin(), () -> assignments.setLead(other.reviewer(), true));

        assertThatThrownBy(() -> authorities.as(other.reviewer(), () -> assignments.settings(call)))
                .isInstanceOf(nl.gemeenschapsfonds.base.NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(other.reviewer(), () -> assignments.saveSettings(new ReviewSettings(call, 1, null, null))))
                .isInstanceOf(nl.gemeenschapsfonds.base.NotFoundException.class);

        ReviewSettings kept = authorities.as(staff.reviewer(), () -> assignments.settings(call));
        assertThat(kept.assessmentsRequired()).as("nothing overwritten").isEqualTo(2);
        assertThat(kept.reviewerCap()).isEqualTo(5);
    }

    @Test
    void a_spread_with_three_decimals_is_refused_at_its_field_and_nothing_is_saved() throws Exception {
        assertThatThrownBy(() -> settings(2, "0.001", null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("secondOpinionSpread", "reviewSettings.spread.decimals")));

        assertThat(jdbc.sql("select count(*) from review_call_setting where call_id = ?").param(call).query(Long.class).single()).isZero();
    }

    @Test
    void a_reviewer_over_the_cap_cannot_be_assigned() throws Exception {
        settings(1, null, 2);
        long a = inAssessment("10000");
        long b = inAssessment("11000");
        long c = inAssessment("12000");

        List<AssignmentService.Result> results = authorities.as(staff.reviewer(), () -> assignments.assign(List.of(a, b, c), second));

        assertThat(results).extracting(AssignmentService.Result::outcome).containsExactly(AssignmentPolicy.Outcome.ASSIGNED,
                AssignmentPolicy.Outcome.ASSIGNED, AssignmentPolicy.Outcome.OVER_CAP);
        assertThat(jdbc.sql("select count(*) from review_assignment where call_id = ? and reviewer = ?").params(call, second)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(audited("ASSIGNMENT_REFUSED_CAP", c)).isEqualTo(1);
        // nor by themselves
        assertThatThrownBy(() -> authorities.as(second, () -> assignments.assignMyself(c, true)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("assignment.overCap"));
    }

    @Test
    void only_the_lead_assigns_others_and_a_reviewer_assigns_only_themselves() throws Exception {
        long a = inAssessment("10000");

        assertThatThrownBy(() -> authorities.as(second, () -> assignments.assign(List.of(a), third)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("assignment.notLead"));
        authorities.as(second, () -> assignments.assignMyself(a, true));

        assertThat(authorities.as(second, () -> assignments.assignedTo(a))).containsExactly(second);
    }

    @Test
    void the_database_holds_the_cap_when_two_assignments_come_at_the_same_moment() throws Exception {
        settings(1, null, 1);
        long a = inAssessment("10000");
        long b = inAssessment("11000");
        CompletableFuture<Throwable> later;
        try (var first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (var insert = first.prepareStatement("""
                    insert into review_assignment (application_id, call_id, reviewer, assigned_by, assigned_at)
                    values (?, ?, ?, 'lead', now())""")) {
                insert.setLong(1, a);
                insert.setLong(2, call);
                insert.setString(3, second);
                insert.executeUpdate();
            }
            // the second assignment passed any check in Java; it waits here for the first one's lock on the call
            later = CompletableFuture.supplyAsync(() -> {
                try {
                    jdbc.sql("insert into review_assignment (application_id, call_id, reviewer, assigned_by, assigned_at) values (?, ?, ?, 'lead', now())")
                            .params(b, call, second).update();
                    return null;
                } catch (Throwable refused) {
                    return refused;
                }
            });
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            while (jdbc.sql("select count(*) from pg_locks where not granted").query(Long.class).single() == 0) {
                assertThat(later).as("the second assignment should wait for the first").isNotDone();
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(20);
            }
            first.commit();
        }

        assertThat(later.get(30, TimeUnit.SECONDS)).isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("review_assignment_cap");
        assertThat(jdbc.sql("select count(*) from review_assignment where call_id = ?").param(call).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void a_reviewer_who_declared_a_conflict_of_interest_is_blocked_and_both_are_audited() throws Exception {
        long a = inAssessment("10000");

        assertThatThrownBy(() -> authorities.as(second, () -> assignments.assignMyself(a, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("assignment.conflictDeclared"));
        List<AssignmentService.Result> byLead = authorities.as(staff.reviewer(), () -> assignments.assign(List.of(a), second));

        assertThat(byLead).extracting(AssignmentService.Result::outcome).containsExactly(AssignmentPolicy.Outcome.CONFLICT_OF_INTEREST);
        assertThat(authorities.as(staff.reviewer(), () -> assignments.assignedTo(a))).doesNotContain(second);
        assertThat(audited("CONFLICT_DECLARED", a)).isEqualTo(1);
        assertThat(audited("ASSIGNMENT_REFUSED_CONFLICT", a)).isEqualTo(1);
        assertThatThrownBy(() -> applications.assess(second, a, true, 8))
                .as("nor can they assess it").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_decision_is_refused_until_the_required_assessments_are_complete() throws Exception {
        settings(2, null, null);
        long a = inAssessment("20000");

        applications.assess(staff.reviewer(), a, true, 8);
        assertThat(status(a)).as("one of two assessments: still in assessment").isEqualTo("IN_ASSESSMENT");
        jdbc.sql("update grant_application set status = 'AWAITING_DECISION' where id = ?").param(a).update();
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(a))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("decision.assessmentsIncomplete"));
        jdbc.sql("update grant_application set status = 'IN_ASSESSMENT' where id = ?").param(a).update();

        applications.assess(second, a, true, 7);

        assertThat(status(a)).isEqualTo("AWAITING_DECISION");
        AssessmentService.Comparison side = authorities.as(staff.decisionMaker(), () -> assessments.comparison(a));
        assertThat(side.assessments()).hasSize(2);
        assertThat(side.spread()).isEqualByComparingTo("10.00");
        assertThat(side.verdict()).isEqualTo(AssessmentPolicy.Verdict.COMPLETE);
        authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(a)));
        assertThat(status(a)).isEqualTo("GRANTED");
    }

    @Test
    void a_second_opinion_is_demanded_when_two_scores_differ_more_than_the_call_allows() throws Exception {
        settings(2, "15", null);
        long a = inAssessment("20000");
        applications.assess(staff.reviewer(), a, true, 9);

        applications.assess(second, a, true, 5);

        assertThat(status(a)).as("90 and 50 lie 40 points apart, more than 15").isEqualTo("IN_ASSESSMENT");
        assertThat(authorities.as(staff.decisionMaker(), () -> assessments.comparison(a)).verdict())
                .isEqualTo(AssessmentPolicy.Verdict.SECOND_OPINION_NEEDED);
        jdbc.sql("update grant_application set status = 'AWAITING_DECISION' where id = ?").param(a).update();
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(a))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo("decision.secondOpinionNeeded"));
        jdbc.sql("update grant_application set status = 'IN_ASSESSMENT' where id = ?").param(a).update();

        applications.assess(third, a, true, 7);

        assertThat(status(a)).isEqualTo("AWAITING_DECISION");
        authorities.as(staff.decisionMaker(), () -> decisions.decide(grant(a)));
        assertThat(status(a)).isEqualTo("GRANTED");
    }

    @Test
    void a_call_without_settings_needs_one_assessment_as_before() throws Exception {
        long a = inAssessment("20000");

        applications.assess(second, a, true, 6);

        assertThat(status(a)).isEqualTo("AWAITING_DECISION");
        assertThat(authorities.as(second, () -> assignments.assignedTo(a))).as("assessing assigns").containsExactly(second);
    }
}
