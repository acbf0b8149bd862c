package nl.gemeenschapsfonds.review.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.IntakeService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the decision screen, when the co-financing rules are not met on the confirmed pledges, the decision
 * maker may grant on the condition that the missing co-financing is confirmed by a date in the future.
 */
class ConditionalGrantViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    IntakeService intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Staff staff;
    private long application;

    @BeforeEach
    void awaitingDecisionWithTheRulesNotMet() throws Exception {
        staff = authorities.newAuthority("Gemeente Voorwaardescherm");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        jdbc.sql("update grant_call set min_private_share = 0.2000 where id = ?").param(call).update();
        application = applications.submittedSeekingCoFinancing(authorities.newApplicant("Vereniging Scherm"), call,
                Map.of(2027, amount("40000")), amount("16000"));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(application));
        applications.assess(staff, application, 8);
    }

    @Test
    void a_date_that_is_not_in_the_future_is_refused_at_the_field_then_the_conditional_grant_is_made() {
        login(staff.decisionMaker());
        navigate("review/" + application);
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("decision-cofinancing-due"));
        assertThat(due.isVisible()).as("offered because the rules are not met").isTrue();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        due.setValue(today);
        _get(TextArea.class, spec -> spec.withId("decision-motivation")).setValue("Goed plan, cofinanciering volgt.");
        _click(_get(Button.class, spec -> spec.withId("decision-take")));
        // checked before the confirmation is asked (issue 13): no dialog for a decision that cannot be taken
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(ConfirmDialog.class)).isEmpty();
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("Kies een datum na vandaag");
        assertThat(_get(TextArea.class, spec -> spec.withId("decision-motivation")).getValue())
                .isEqualTo("Goed plan, cofinanciering volgt.");

        LocalDate later = today.plusMonths(3);
        due.setValue(later);
        _click(_get(Button.class, spec -> spec.withId("decision-take")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(jdbc.sql("select due_on from cofinancing_condition where application_id = ?").param(application)
                .query(java.sql.Date.class).single().toLocalDate()).isEqualTo(later);
        assertThat(_get(Paragraph.class, spec -> spec.withId("cofinancing-condition")).getText())
                .contains(Formats.date(later, java.util.Locale.of("nl", "NL"))).contains("Nog niet vervuld");
    }

    @Test
    void a_date_the_browser_could_not_read_does_not_turn_into_a_grant_without_a_condition() throws Exception {
        login(staff.decisionMaker());
        navigate("review/" + application);
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("decision-cofinancing-due"));
        _get(TextArea.class, spec -> spec.withId("decision-motivation")).setValue("Goed plan, cofinanciering volgt.");
        // what typed text that is no date leaves on the server: no value, the text kept as unreadable input, the field
        // marked invalid by Vaadin (as the picker's "unparsable-change" listener does it)
        due.getElement().setProperty("_inputElementValue", "31 februari");
        var fromBrowser = DatePicker.class.getDeclaredMethod("setModelValue", java.time.LocalDate.class, boolean.class);
        fromBrowser.setAccessible(true);
        fromBrowser.invoke(due, null, true);
        assertThat(due.isInvalid()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("decision-take")));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(ConfirmDialog.class)).as("nothing to confirm").isEmpty();

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Een datum of bedrag is niet te lezen"));
        assertThat(jdbc.sql("select count(*) from decision where application_id = ?").param(application).query(Long.class).single())
                .as("no grant, with or without condition").isZero();
        assertThat(due.isInvalid()).as("the field still says so").isTrue();
    }
}
