package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.report.Grants;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReductionReason;
import nl.gemeenschapsfonds.report.ReportForm;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.report.SettlementForm;
import nl.gemeenschapsfonds.report.SettlementService;
import nl.gemeenschapsfonds.review.ObjectionOutcome;
import nl.gemeenschapsfonds.review.ObjectionService;
import nl.gemeenschapsfonds.review.ObjectionSubject;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.Typing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22 item 5: the objection to a settlement, for the applicant and for the decision maker; failures at the field. */
class SettlementObjectionViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired SettlementService settlements;
    @Autowired ObjectionService objections;
    @Autowired Clock clock;

    private Staff staff;
    private String applicant;
    private long id;
    private LocalDate today;

    @BeforeEach
    void aGrantSettledLower() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Bezwaarscherm");
        applicant = authorities.newApplicant("Vereniging Bezwaarscherm");
        long call = grants.openCall(staff, null, null, null);
        id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        ObligationItem report = authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
        authorities.as(applicant, () -> reports.submit(new ReportForm(report.id(), report.version(), "Samen koken", 60,
                "Minder alleen", Map.of(0, amount("12000")), List.of())));
        ObligationItem submitted = authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
        authorities.as(staff.reviewer(), () -> reports.accept(submitted.id(), submitted.version()));
        long settlement = authorities.as(staff.reviewer(), () -> settlements.propose(new SettlementForm(id, 0,
                List.of(new SettlementForm.Reduction(0, amount("8000"), ReductionReason.NOT_SPENT, null)), "Minder besteed.")));
        authorities.as(staff.decisionMaker(), () -> settlements.decide(settlement, 0));
    }

    @Test
    void the_applicant_objects_to_the_settlement_within_its_own_term_and_empty_grounds_are_refused_at_the_field() {
        login(applicant);
        navigate("applications/" + id + "/settlement-objection");
        assertThat(_get(H1.class).getText()).isEqualTo("Bezwaar tegen de vaststelling");
        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-deadline")).getText())
                .contains(Formats.date(today.plusWeeks(6), Locale.of("nl")));
        _click(_get(Button.class, spec -> spec.withId("objection-submit")));
        TextArea grounds = _get(TextArea.class, spec -> spec.withId("objection-grounds"));
        assertThat(grounds.isInvalid()).isTrue();

        grounds.setValue("De facturen van de keuken zijn er wel.");
        _click(_get(Button.class, spec -> spec.withId("objection-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-decision-due")).getText())
                .contains(Formats.date(today.plusWeeks(6), Locale.of("nl")));
    }

    @Test
    void in_english_the_page_names_the_settlement() {
        login(applicant);
        useEnglish();
        navigate("applications/" + id + "/settlement-objection");
        assertThat(_get(H1.class).getText()).isEqualTo("Objection to the settlement");
        assertThat(_get(TextArea.class, spec -> spec.withId("objection-grounds")).getLabel())
                .isEqualTo("Why do you disagree with the settlement?");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_decision_maker_raises_the_settlement_and_unreadable_or_too_high_amounts_are_refused_with_the_input_kept()
            throws Exception {
        authorities.as(applicant, () -> objections.object(id, "De facturen zijn er wel.", ObjectionSubject.SETTLEMENT));
        login(staff.decisionMaker());
        ObjectionPanel panel = new ObjectionPanel(objections, id, ObjectionSubject.SETTLEMENT);
        UI.getCurrent().add(panel);

        RadioButtonGroup<ObjectionOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("objection-outcome"));
        outcome.setValue(ObjectionOutcome.PARTLY_UPHELD);
        DecimalField amount2027 = _get(DecimalField.class, spec -> spec.withId("objection-new-amounts-2027"));
        assertThat(amount2027.getValue()).as("starts at what was settled").isEqualByComparingTo("12000");
        TextArea motivation = _get(TextArea.class, spec -> spec.withId("objection-motivation"));
        motivation.setValue("De facturen tonen 18.000 euro aan.");
        Typing.type(amount2027, "18.000,001");
        _click(_get(Button.class, spec -> spec.withId("objection-decide")));
        assertThat(notificationTexts()).contains("Een datum of bedrag is niet te lezen (zie het rode veld). Verbeter het eerst; er is nog niets opgeslagen.");
        assertThat(amount2027.getText()).isEqualTo("18.000,001");

        Typing.type(amount2027, "25.000");
        _click(_get(Button.class, spec -> spec.withId("objection-decide")));
        NewAmountsField amounts = _get(NewAmountsField.class);
        assertThat(amounts.isInvalid()).isTrue();
        assertThat(amounts.getErrorMessage()).isEqualTo("Het vastgestelde bedrag voor 2027 kan niet hoger zijn dan is verleend (€ 20.000,00)");
        assertThat(amount2027.getText()).isEqualTo("25.000");
        assertThat(motivation.getValue()).isEqualTo("De facturen tonen 18.000 euro aan.");

        Typing.type(amount2027, "18.000");
        _click(_get(Button.class, spec -> spec.withId("objection-decide")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-outcome-text")).getText())
                .startsWith("Beslissing op bezwaar: Gedeeltelijk gegrond");
        assertThat(authorities.as(staff.decisionMaker(), () -> settlements.settlementCase(id)).settlement().settled())
                .isEqualByComparingTo("18000");
    }
}
