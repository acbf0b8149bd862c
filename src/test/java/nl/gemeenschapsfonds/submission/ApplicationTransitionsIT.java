package nl.gemeenschapsfonds.submission;

import jakarta.persistence.EntityManager;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workflow steps other modules take through submission's public API, and the authority scope of an
 * application, on real PostgreSQL.
 */
@IntegrationTest
@RecordApplicationEvents
class ApplicationTransitionsIT {

    @Autowired
    ApplicationTransitions transitions;

    @Autowired
    ApplicationScope scope;

    @Autowired
    Applications applications;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    SubmissionService submissions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    private Staff staff;
    private Staff otherStaff;
    private String applicant;
    private long call;

    @BeforeEach
    void openCall() throws Exception {
        staff = authorities.newAuthority("Gemeente Overgangen");
        otherStaff = authorities.newAuthority("Gemeente Elders");
        applicant = authorities.newApplicant("Buurthuis Overgangen");
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
    }

    @Test
    void a_reviewer_completes_the_intake_and_the_change_is_published() throws Exception {
        long id = applications.submitted(applicant, call, Map.of(2027, amount("20000")));

        authorities.as(staff.reviewer(), () -> transitions.completeIntake(id));

        assertThat(status(id)).isEqualTo(ApplicationStatus.IN_ASSESSMENT);
        assertThat(events.stream(ApplicationStatusChanged.class).filter(changed -> changed.applicationId() == id))
                .containsExactly(new ApplicationStatusChanged(id, reference(id), ApplicationStatus.SUBMITTED,
                        ApplicationStatus.IN_ASSESSMENT));
    }

    @Test
    void the_whole_workflow_runs_through_the_transitions() throws Exception {
        long id = applications.submitted(applicant, call, Map.of(2027, amount("20000")));

        authorities.as(staff.reviewer(), () -> transitions.completeIntake(id));
        authorities.as(staff.reviewer(), () -> transitions.assignTo(id, staff.reviewer()));
        authorities.as(staff.reviewer(), () -> transitions.readyForDecision(id));
        assertThat(status(id)).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        authorities.as(staff.decisionMaker(), () -> transitions.decide(id, true));
        assertThat(status(id)).isEqualTo(ApplicationStatus.GRANTED);
        authorities.as(staff.decisionMaker(), () -> transitions.settle(id));

        assertThat(status(id)).isEqualTo(ApplicationStatus.SETTLED);
        assertThat(jdbc.sql("select assigned_reviewer from grant_application where id = ?").param(id).query(String.class).single())
                .isEqualTo(staff.reviewer());
    }

    @Test
    void a_supplement_request_and_not_considered_follow_each_other() throws Exception {
        long id = applications.submitted(applicant, call, Map.of(2027, amount("20000")));

        authorities.as(staff.reviewer(), () -> transitions.requestSupplement(id));
        assertThat(status(id)).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
        authorities.as(staff.reviewer(), () -> transitions.notConsidered(id));

        assertThat(status(id)).isEqualTo(ApplicationStatus.NOT_CONSIDERED);
    }

    @Test
    void a_refused_decision_is_recorded_as_refused() throws Exception {
        long id = applications.submitted(applicant, call, Map.of(2027, amount("20000")));
        authorities.as(staff.reviewer(), () -> transitions.completeIntake(id));
        authorities.as(staff.reviewer(), () -> transitions.readyForDecision(id));

        authorities.as(staff.decisionMaker(), () -> transitions.decide(id, false));

        assertThat(status(id)).isEqualTo(ApplicationStatus.REFUSED);
    }

    @Test
    void staff_of_another_authority_find_nothing_and_change_nothing() throws Exception {
        long id = applications.submitted(applicant, call, Map.of(2027, amount("20000")));

        assertThatThrownBy(() -> authorities.as(otherStaff.reviewer(), () -> transitions.completeIntake(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorities.as(otherStaff.reviewer(), () -> scope.inMyAuthority(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(status(id)).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void a_step_the_state_does_not_allow_is_refused_and_changes_nothing() throws Exception {
        long id = applications.submitted(applicant, call, Map.of(2027, amount("20000")));

        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> transitions.decide(id, true)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> authorities.as(staff.decisionMaker(), () -> transitions.settle(id)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(status(id)).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void an_applicant_cannot_take_a_staff_step_on_their_own_application() throws Exception {
        long id = applications.submitted(applicant, call, Map.of(2027, amount("20000")));

        assertThatThrownBy(() -> authorities.as(applicant, () -> transitions.completeIntake(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> transitions.decide(id, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(id)).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void the_decision_deadline_moves_for_staff_and_after_a_supplement_for_the_applicant() throws Exception {
        long id = applications.submitted(applicant, call, Map.of(2027, amount("20000")));
        LocalDate due = decisionDue(id);

        authorities.as(staff.decisionMaker(), () -> transitions.moveDecisionDue(id, due.plusWeeks(4)));
        assertThat(decisionDue(id)).isEqualTo(due.plusWeeks(4));
        authorities.as(applicant, () -> transitions.resumeDecisionClock(id, due.plusWeeks(5)));

        assertThat(decisionDue(id)).isEqualTo(due.plusWeeks(5));
        String stranger = authorities.newApplicant("Andere vereniging");
        assertThatThrownBy(() -> authorities.as(stranger, () -> transitions.resumeDecisionClock(id, due)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_submitted_application_belongs_to_the_authority_of_the_fund_of_its_call_and_a_draft_to_none() throws Exception {
        long submitted = applications.submitted(applicant, call, Map.of(2027, amount("20000")));
        long draft = authorities.as(applicant, () -> submissions.startDraft(call));

        authorities.as(staff.reviewer(), () -> {
            assertThat(scope.authorityOf(submitted)).contains(staff.authorityId());
            assertThat(scope.inAuthority(submitted, staff.authorityId())).isTrue();
            assertThat(scope.inAuthority(submitted, otherStaff.authorityId())).isFalse();
            assertThat(scope.authorityOf(draft)).isEmpty();
            assertThat(scope.inMyAuthority(submitted).getId()).isEqualTo(submitted);
            assertThatThrownBy(() -> scope.inMyAuthority(draft)).isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void list_queries_filter_by_authority_through_the_view_in_sql_and_in_jpql() throws Exception {
        long mine = applications.submitted(applicant, call, Map.of(2027, amount("20000")));
        long otherCall = applications.openCall(otherStaff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        long theirs = applications.submitted(authorities.newApplicant("Elders"), otherCall, Map.of(2027, amount("10000")));
        authorities.as(applicant, () -> submissions.startDraft(call));

        List<Long> inSql = jdbc.sql("select application_id from application_authority where authority_id = ? order by application_id")
                .param(staff.authorityId()).query(Long.class).list();
        List<Long> inJpql = transactions.execute(status -> entityManager.createQuery("""
                        select a.id from GrantApplication a, nl.gemeenschapsfonds.submission.ApplicationAuthority s
                        where s.applicationId = a.id and s.authorityId = :authority order by a.id""", Long.class)
                .setParameter("authority", staff.authorityId()).getResultList());

        assertThat(inSql).containsExactly(mine).doesNotContain(theirs);
        assertThat(inJpql).containsExactly(mine);
        assertThat(jdbc.sql("select call_id from application_authority where application_id = ?").param(mine)
                .query(Long.class).single()).isEqualTo(call);
    }

    private ApplicationStatus status(long id) {
        return ApplicationStatus.valueOf(jdbc.sql("select status from grant_application where id = ?").param(id)
                .query(String.class).single());
    }

    private String reference(long id) {
        return jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
    }

    private LocalDate decisionDue(long id) {
        return jdbc.sql("select decision_due from grant_application where id = ?").param(id).query(LocalDate.class).single();
    }
}
