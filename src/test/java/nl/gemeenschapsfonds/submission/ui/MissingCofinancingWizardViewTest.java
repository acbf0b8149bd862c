package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard's financing step: seeking co-financing, the applicant enters the amount still missing per
 * year of the project; an amount above that year's costs is refused at the field, stays there, and is not
 * saved until it is put right.
 */
class MissingCofinancingWizardViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    SubmissionService submissions;

    private String applicant;
    private long id;

    @BeforeEach
    void aDraftSeekingCoFinancing() throws Exception {
        var staff = authorities.newAuthority("Gemeente Ontbrekend");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        applicant = authorities.newApplicant("Vereniging Ontbrekend");
        // 2027: costs 80.000, 16.000 still missing
        id = applications.draftSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        login(applicant);
    }

    private DecimalField missing2027() {
        return _get(DecimalField.class, spec -> spec.withId("wizard-missing-2027"));
    }

    private Map<Integer, BigDecimal> stored() throws Exception {
        return authorities.as(applicant, () -> submissions.draft(id)).missingCofinancing();
    }

    @Test
    void an_amount_above_the_costs_of_its_year_is_refused_at_the_field_kept_and_not_saved() throws Exception {
        navigate("applications/" + id + "/edit?step=5");
        _get(ApplicationWizardView.class);
        assertThat(missing2027().getValue()).isEqualByComparingTo("16000");
        assertThat(missing2027().getLabel()).contains("2027").contains("80.000,00");
        assertThat(_find(DecimalField.class, spec -> spec.withId("wizard-missing-2028"))).as("only the project's years").isEmpty();

        missing2027().setValue(new BigDecimal("90000"));
        assertThat(missing2027().isInvalid()).isTrue();
        assertThat(missing2027().getErrorMessage()).isEqualTo("Niet meer dan de kosten van 2027: € 80.000,00");
        _click(_get(Button.class, spec -> spec.withId("wizard-step-4")));
        assertThat(stored()).as("the wrong amount is not saved").containsEntry(2027, amount("16000"));
        _click(_get(Button.class, spec -> spec.withId("wizard-step-5")));
        assertThat(missing2027().getValue()).as("what was typed is not lost").isEqualByComparingTo("90000");
        assertThat(missing2027().isInvalid()).isTrue();

        missing2027().setValue(new BigDecimal("20000"));
        assertThat(missing2027().isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("wizard-step-6")));
        assertThat(stored()).containsEntry(2027, amount("20000"));
    }

    @Test
    void without_seeking_co_financing_the_fields_are_hidden_and_nothing_is_stored() throws Exception {
        navigate("applications/" + id + "/edit?step=5");
        _get(Checkbox.class, spec -> spec.withId("wizard-seekingCofinancing")).setValue(false);
        assertThat(_find(DecimalField.class, spec -> spec.withId("wizard-missing-2027"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("wizard-step-4")));
        assertThat(stored()).isEmpty();
    }
}
