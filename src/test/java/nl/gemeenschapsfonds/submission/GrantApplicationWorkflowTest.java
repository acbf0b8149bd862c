package nl.gemeenschapsfonds.submission;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workflow of Awb title 4.2 as the application aggregate enforces it. */
class GrantApplicationWorkflowTest {

    private static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");

    private static GrantApplication submitted() {
        GrantApplication application = new GrantApplication(1, 1, "Test", NOW);
        application.submit("GF-2027-000001", NOW, LocalDate.of(2027, 3, 12), "a@b.c", "nl");
        return application;
    }

    @Test
    void intake_assessment_and_a_grant_in_order() {
        GrantApplication application = submitted();
        application.completeIntake(NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_ASSESSMENT);
        application.readyForDecision(NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        application.decide(true, NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.GRANTED);
    }

    @Test
    void a_supplement_request_opens_the_application_for_the_applicant_and_the_answer_closes_it() {
        GrantApplication application = submitted();
        application.requestSupplement(NOW);
        assertThat(application.isEditable()).isTrue();
        application.supplementReceived(NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.events()).contains(new SupplementSubmitted(null, "GF-2027-000001"));
        assertThat(application.isEditable()).isFalse();
    }

    @Test
    void without_the_supplement_it_is_not_considered() {
        GrantApplication application = submitted();
        application.requestSupplement(NOW);
        application.notConsidered(NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.NOT_CONSIDERED);
    }

    @Test
    void a_decision_before_the_assessment_is_refused() {
        GrantApplication application = submitted();
        assertThatThrownBy(() -> application.decide(true, NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("SUBMITTED");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void a_draft_cannot_go_to_intake_and_a_decided_application_cannot_be_withdrawn() {
        GrantApplication draft = new GrantApplication(1, 1, "Concept", NOW);
        assertThatThrownBy(() -> draft.completeIntake(NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> draft.withdraw(NOW)).isInstanceOf(IllegalTransitionException.class);
        GrantApplication decided = submitted();
        decided.completeIntake(NOW);
        decided.readyForDecision(NOW);
        decided.decide(false, NOW);
        assertThatThrownBy(() -> decided.withdraw(NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> decided.moveDecisionDue(LocalDate.of(2027, 5, 1), NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_submitted_application_cannot_be_submitted_again_nor_changed() {
        GrantApplication application = submitted();
        assertThatThrownBy(() -> application.submit("GF-2027-000002", NOW, LocalDate.of(2027, 3, 12), "a@b.c", "nl"))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> application.update(application.toDraft(), NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void every_step_registers_an_event() {
        GrantApplication application = submitted();
        application.completeIntake(NOW);
        assertThat(application.events()).hasAtLeastOneElementOfType(ApplicationSubmitted.class)
                .contains(new ApplicationStatusChanged(null, "GF-2027-000001", ApplicationStatus.SUBMITTED,
                        ApplicationStatus.IN_ASSESSMENT));
    }

    @Test
    void only_submission_can_create_an_application_or_move_it_a_step_the_others_go_through_application_transitions() {
        assertThat(java.util.Arrays.stream(GrantApplication.class.getDeclaredMethods())
                .filter(method -> java.lang.reflect.Modifier.isPublic(method.getModifiers()))
                .map(java.lang.reflect.Method::getName))
                .as("public methods of the aggregate only read")
                .allMatch(name -> name.startsWith("get") || name.startsWith("is") || name.equals("toDraft")
                        || name.equals("plan"));
        assertThat(GrantApplication.class.getDeclaredConstructors())
                .noneMatch(constructor -> java.lang.reflect.Modifier.isPublic(constructor.getModifiers()));
    }
}
