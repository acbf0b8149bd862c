package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Each role lands on its work on {@code /}, where the sign-in leads (issue 13). */
class RoleLandingViewTest extends KaribuViewTest {

    /** The work queue's status filter, in its filter panel (built when first opened, issue 20). */
    private ComboBox<?> statusFilter() {
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("work-queue-filter-button")));
        return _get(ComboBox.class, spec -> spec.withId("filter-status"));
    }

    private String landingOf(Role role) {
        login(DemoUsers.of(role));
        navigate("");
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void finance_lands_on_the_payments_due_not_on_the_funds() {
        assertThat(landingOf(Role.FINANCE)).isEqualTo("payments");
        _get(Component.class, spec -> spec.withId("payments-view"));
    }

    @Test
    void the_reviewer_lands_on_the_work_queue_with_every_status() {
        assertThat(landingOf(Role.REVIEWER)).isEqualTo("work-queue");
        assertThat(statusFilter().getValue()).isNull();
    }

    @Test
    void the_decision_maker_lands_on_the_applications_awaiting_a_decision() {
        assertThat(landingOf(Role.DECISION_MAKER)).isEqualTo("work-queue");
        assertThat(statusFilter().getValue()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("work-queue-chip-status")).getText())
                .as("shown as a removable chip").isEqualTo("Status: Wacht op besluit");
    }

    @Test
    void the_applicant_lands_on_their_applications() {
        assertThat(landingOf(Role.APPLICANT)).isEqualTo("applications");
        _get(Component.class, spec -> spec.withId("my-applications-view"));
    }

    @Test
    void the_funder_lands_on_their_projects() {
        assertThat(landingOf(Role.FUNDER)).isEqualTo("funder/projects");
        _get(Component.class, spec -> spec.withId("funder-projects-view"));
    }

    @Test
    void the_administrator_lands_on_the_funds() {
        assertThat(landingOf(Role.ADMIN)).isEqualTo("funds");
        _get(Component.class, spec -> spec.withId("funds-view"));
    }
}
