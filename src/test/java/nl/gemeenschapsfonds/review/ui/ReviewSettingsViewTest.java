package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import nl.gemeenschapsfonds.base.NotFoundException;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.review.AssignmentService;
import nl.gemeenschapsfonds.review.ReviewSettings;
import nl.gemeenschapsfonds.review.ReviewSettingsForm;
import nl.gemeenschapsfonds.review.ReviewSettingsService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.Typing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administrator's review settings per call and the reviewers' leads (issue 21.3): a bad number is told at its
 * field, nothing typed is lost and nothing is saved; good settings are saved; a lead is named; another authority's
 * call cannot be reached.
 */
class ReviewSettingsViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;
    @Autowired
    Applications applications;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewSettingsService settings;

    /** A new open call of the authority, its settings opened by its administrator. */
    private long openSettingsOfNewCall(Staff staff) throws Exception {
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        login(staff.admin());
        navigate("review-settings?call=" + call);
        return call;
    }

    private static WholeNumberField whole(String id) {
        return _get(WholeNumberField.class, spec -> spec.withId(id));
    }

    @Test
    void a_bad_number_is_told_at_its_field_nothing_typed_is_lost_and_good_settings_and_a_lead_are_saved() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Beoordelingsinstellingen");
        long call = openSettingsOfNewCall(staff);
        WholeNumberField assessments = whole("reviewSettings-assessmentsRequired");
        DecimalField spread = _get(DecimalField.class, spec -> spec.withId("reviewSettings-secondOpinionSpread"));
        WholeNumberField cap = whole("reviewSettings-reviewerCap");
        assertThat(assessments.getValue()).as("the defaults").isEqualTo(1);

        Typing.type(assessments, "4");
        Typing.type(spread, "0");
        Typing.type(cap, "25");
        _click(_get(Button.class, spec -> spec.withId("reviewSettings-save")));
        assertThat(assessments.isInvalid()).isTrue();
        assertThat(assessments.getErrorMessage()).isEqualTo("Het aantal beoordelingen is 1, 2 of 3.");
        assertThat(spread.getErrorMessage()).isEqualTo("Het verschil is meer dan 0 en ten hoogste 100 punten, of leeg.");
        assertThat(cap.isInvalid()).isFalse();
        assertThat(assessments.getText()).as("what was typed stays").isEqualTo("4");
        assertThat(cap.getText()).isEqualTo("25");
        assertThat(authorities.as(staff.admin(), () -> assignments.settings(call))).as("nothing saved")
                .isEqualTo(ReviewSettings.defaults(call));

        Typing.type(assessments, "twee");
        assertThat(assessments.isInvalid()).as("unreadable, said at the field").isTrue();
        _click(_get(Button.class, spec -> spec.withId("reviewSettings-save")));
        assertThat(assessments.getText()).isEqualTo("twee");
        assertThat(authorities.as(staff.admin(), () -> assignments.settings(call))).isEqualTo(ReviewSettings.defaults(call));

        Typing.type(assessments, "2");
        Typing.type(spread, "12,5");
        _click(_get(Button.class, spec -> spec.withId("reviewSettings-save")));
        assertThat(assessments.isInvalid()).isFalse();
        ReviewSettings saved = authorities.as(staff.admin(), () -> assignments.settings(call));
        assertThat(saved.assessmentsRequired()).isEqualTo(2);
        assertThat(saved.secondOpinionSpread()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(saved.reviewerCap()).isEqualTo(25);

        String reviewerId = "reviewSettings-lead-" + staff.reviewer().replaceAll("[^a-z0-9]", "-");
        Checkbox lead = _get(Checkbox.class, spec -> spec.withId(reviewerId));
        assertThat(lead.getValue()).isFalse();
        lead.setValue(true);
        assertThat(authorities.as(staff.reviewer(), () -> assignments.isLead())).isTrue();
        lead.setValue(false);
        assertThat(authorities.as(staff.reviewer(), () -> assignments.isLead())).isFalse();
    }

    @Test
    void in_english_a_whole_number_and_the_points_spread_that_are_no_number_get_examples_of_their_own_kind() throws Exception {
        Staff staff = authorities.newAuthority("Municipality of Examples");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        login(staff.admin());
        useEnglish();
        navigate("review-settings?call=" + call);
        WholeNumberField assessments = whole("reviewSettings-assessmentsRequired");
        DecimalField spread = _get(DecimalField.class, spec -> spec.withId("reviewSettings-secondOpinionSpread"));

        Typing.type(assessments, "two");
        Typing.type(spread, "15 points");
        assertThat(assessments.getErrorMessage()).isEqualTo("Enter a whole number with digits only, such as 25");
        assertThat(spread.getErrorMessage()).isEqualTo("Enter a number with digits only, such as 15 or 12.5");
        Typing.type(assessments, "2,5");
        assertThat(assessments.getErrorMessage()).as("a fraction in a whole number").isEqualTo("Enter a whole number with digits only, such as 25");
        assertThat(spread.getText()).isEqualTo("15 points");
    }

    @Test
    void an_emptied_number_and_a_wrongly_typed_one_are_marked_at_the_same_time_and_what_was_typed_stays() throws Exception {
        // ui21: the form stopped at the unreadable field; the emptied one was marked only at the next save
        Staff staff = authorities.newAuthority("Gemeente Alles Tegelijk");
        long call = openSettingsOfNewCall(staff);
        WholeNumberField assessments = whole("reviewSettings-assessmentsRequired");
        DecimalField spread = _get(DecimalField.class, spec -> spec.withId("reviewSettings-secondOpinionSpread"));
        WholeNumberField cap = whole("reviewSettings-reviewerCap");

        Typing.type(assessments, "");
        Typing.type(spread, "15veel");
        Typing.type(cap, "0");
        _click(_get(Button.class, spec -> spec.withId("reviewSettings-save")));

        assertThat(spread.isInvalid()).isTrue();
        assertThat(spread.getErrorMessage()).as("points, not money: no example with cents")
                .isEqualTo("Vul een getal in met alleen cijfers, zoals 15 of 12,5");
        assertThat(assessments.isInvalid()).as("the emptied field, at the same time").isTrue();
        assertThat(assessments.getErrorMessage()).isEqualTo("Vul het aantal beoordelingen in: 1, 2 of 3.");
        assertThat(cap.isInvalid()).as("the policy's range, at the same time").isTrue();
        assertThat(spread.getText()).as("what was typed stays").isEqualTo("15veel");
        assertThat(cap.getText()).isEqualTo("0");
        assertThat(authorities.as(staff.admin(), () -> assignments.settings(call))).as("nothing saved")
                .isEqualTo(ReviewSettings.defaults(call));

        Typing.type(spread, "15");
        _click(_get(Button.class, spec -> spec.withId("reviewSettings-save")));
        assertThat(assessments.getErrorMessage()).as("now the service's answer, the same words").isEqualTo("Vul het aantal beoordelingen in: 1, 2 of 3.");
        assertThat(spread.isInvalid()).isFalse();
        assertThat(authorities.as(staff.admin(), () -> assignments.settings(call))).isEqualTo(ReviewSettings.defaults(call));
    }

    @Test
    void opened_from_the_menu_the_screen_shows_the_settings_of_the_first_call_instead_of_an_empty_choice() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Menu Instellingen");
        applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        login(staff.admin());
        navigate("review-settings");

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<nl.gemeenschapsfonds.fund.CallListItem> calls =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("reviewSettings-call"));
        assertThat(calls.getValue()).as("a call is chosen").isNotNull();
        assertThat(calls.getPlaceholder()).isEqualTo("Kies een regeling");
        assertThat(whole("reviewSettings-assessmentsRequired").isVisible()).as("its settings are shown").isTrue();
        assertThat(whole("reviewSettings-assessmentsRequired").getValue()).isEqualTo(1);
        assertThat(_get(Button.class, spec -> spec.withId("reviewSettings-save")).isVisible()).isTrue();
    }

    @Test
    void another_authoritys_call_is_not_reachable_from_the_screen_nor_the_service() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Eigen");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        Staff other = authorities.newAuthority("Gemeente Ander");
        login(other.admin());
        navigate("review-settings?call=" + call);
        _get(ReviewSettingsView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<nl.gemeenschapsfonds.fund.CallListItem> calls =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("reviewSettings-call"));
        assertThat(calls.getListDataView().getItems().map(nl.gemeenschapsfonds.fund.CallListItem::id))
                .as("the other authority's call is not offered").doesNotContain(call);
        assertThat(calls.getValue()).as("no call chosen").isNull();
        assertThat(_find(WholeNumberField.class, spec -> spec.withId("reviewSettings-assessmentsRequired")))
                .as("no form for a call that is not ours").isEmpty();
        assertThatThrownBy(() -> authorities.as(other.admin(), () -> settings.save(call, new ReviewSettingsForm(3, null, null))))
                .isInstanceOf(NotFoundException.class);
        assertThat(authorities.as(staff.admin(), () -> assignments.settings(call))).isEqualTo(ReviewSettings.defaults(call));
    }
}
