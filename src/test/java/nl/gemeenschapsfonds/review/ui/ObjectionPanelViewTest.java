package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.ObjectionOutcome;
import nl.gemeenschapsfonds.review.ObjectionService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The objection panel as the application page embeds it: a reviewer registers an objection that came
 * by post, the decision maker decides on it; refusals are shown at the field and nothing typed is lost.
 */
class ObjectionPanelViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    ObjectionService objections;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Staff staff;
    private long application;
    private LocalDate today;

    @BeforeEach
    void partlyGrantedApplication() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Bezwaarpaneel");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("50000"))));
        application = applications.awaitingDecision(staff, authorities.newApplicant("Vereniging Paneel"), call,
                Map.of(2027, amount("45000")), 7);
        applications.decide(staff, application, new TreeMap<>(Map.of(2027, amount("30000"))));
        applications.granted(staff, authorities.newApplicant("Vereniging Buur"), call, Map.of(2027, amount("15000")));
    }

    private ObjectionPanel panel() {
        ObjectionPanel panel = new ObjectionPanel(objections, application);
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void a_reviewer_registers_an_objection_that_came_by_post_and_sees_the_date_to_decide_by() {
        login(staff.reviewer());
        panel();
        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-period")).getText()).isEqualTo("Besluit van "
                + Formats.date(today, Locale.of("nl")) + ". De bezwaartermijn loopt tot en met "
                + Formats.date(today.plusWeeks(6), Locale.of("nl")) + ".");
        _click(_get(Button.class, spec -> spec.withId("objection-register")));
        TextArea grounds = _get(TextArea.class, spec -> spec.withId("objection-grounds"));
        assertThat(grounds.getErrorMessage()).isEqualTo("Schrijf op waarom u het niet eens bent met het besluit");

        _get(DatePicker.class, spec -> spec.withId("objection-received-on")).setValue(today);
        grounds.setValue("Brief van de vereniging: de keuken kost meer.");
        _click(_get(Button.class, spec -> spec.withId("objection-register")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-decision-due")).getText())
                .isEqualTo("Beslissen op bezwaar uiterlijk op " + Formats.date(today.plusWeeks(6), Locale.of("nl")));
        assertThat(_find(Span.class, spec -> spec.withId("objection-late"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("objection-decide"))).as("a reviewer does not decide").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_decision_maker_decides_and_a_ceiling_refusal_is_shown_at_the_amounts_with_the_input_kept() throws Exception {
        authorities.as(staff.reviewer(), () -> objections.register(application, today, "Per brief: de keuken kost meer."));
        login(staff.decisionMaker());
        panel();

        RadioButtonGroup<ObjectionOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("objection-outcome"));
        outcome.setValue(ObjectionOutcome.UPHELD);
        DecimalField amount2027 = _get(DecimalField.class, spec -> spec.withId("objection-new-amounts-2027"));
        assertThat(amount2027.getValue()).isEqualByComparingTo("30000.00");
        amount2027.setValue(new BigDecimal("45000"));
        _get(TextArea.class, spec -> spec.withId("objection-motivation")).setValue("De keuken kost echt meer.");
        _click(_get(Button.class, spec -> spec.withId("objection-decide")));

        NewAmountsField amounts = _get(NewAmountsField.class);
        assertThat(amounts.isInvalid()).isTrue();
        assertThat(amounts.getErrorMessage()).isEqualTo("Het plafond voor 2027 laat deze verhoging niet toe: er is nog € 5.000,00 beschikbaar");
        assertThat(amount2027.getValue()).isEqualByComparingTo("45000");
        assertThat(_get(TextArea.class, spec -> spec.withId("objection-motivation")).getValue()).isEqualTo("De keuken kost echt meer.");

        amount2027.setValue(new BigDecimal("35000"));
        outcome.setValue(ObjectionOutcome.PARTLY_UPHELD);
        _click(_get(Button.class, spec -> spec.withId("objection-decide")));

        assertThat(notificationTexts()).contains("De beslissing op het bezwaar is vastgelegd en aan de aanvrager gemaild.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-outcome-text")).getText()).startsWith("Beslissing op bezwaar: Gedeeltelijk gegrond");
        assertThat(jdbc.sql("select amount from decision_amount a join decision d on d.id = a.decision_id where d.application_id = ?")
                .param(application).query(BigDecimal.class).single()).isEqualByComparingTo("35000.00");
    }
}
