package nl.gemeenschapsfonds.review.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.ReviewPageCases;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What staff type on the review page and have not sent survives a reload of the page (the standard: nothing typed is
 * lost, after a refusal, a conflict or a reload), is gone once it is sent, and is never shown to another user. A reload
 * is a new view in the same session: here the page is left for the start page and opened again.
 */
class ReviewDraftsViewTest extends KaribuViewTest {

    @Autowired ReviewPageCases cases;
    @Autowired TestAuthorities authorities;

    private Staff staff;
    private long application;

    @BeforeEach
    void submittedApplication() throws Exception {
        ReviewPageCases.Submitted submitted = cases.submitted("Concepttest", "Conceptregeling", "Draft call",
                List.of(new Criterion("Bereik", "Reach", new BigDecimal("100"), 10)));
        staff = submitted.staff();
        application = submitted.application();
    }

    private void reload() {
        navigate("");
        navigate("review/" + application);
    }

    private static TextArea area(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    @Test
    void the_supplement_request_the_extension_and_a_note_are_kept_over_a_reload_and_the_note_is_forgotten_once_added() {
        login(staff.reviewer());
        navigate("review/" + application);
        area("supplement-text").setValue("Stuur de offerte van de aannemer mee.");
        _get(WholeNumberField.class, spec -> spec.withId("supplement-days")).setValue(21);
        _get(WholeNumberField.class, spec -> spec.withId("extension-weeks")).setValue(4);
        area("extension-reason").setValue("Wij wachten op het advies van de welstandscommissie.");
        area("note-text").setValue("Gebeld met de penningmeester");

        reload();

        assertThat(area("supplement-text").getValue()).isEqualTo("Stuur de offerte van de aannemer mee.");
        assertThat(_get(WholeNumberField.class, spec -> spec.withId("supplement-days")).getValue()).isEqualTo(21);
        assertThat(_get(WholeNumberField.class, spec -> spec.withId("extension-weeks")).getValue()).isEqualTo(4);
        assertThat(area("extension-reason").getValue()).isEqualTo("Wij wachten op het advies van de welstandscommissie.");
        assertThat(area("note-text").getValue()).isEqualTo("Gebeld met de penningmeester");

        _click(_get(Button.class, spec -> spec.withId("note-add")));
        assertThat(_find(Paragraph.class).stream().filter(p -> p.getText().contains("Gebeld met de penningmeester"))).hasSize(1);
        reload();
        assertThat(area("note-text").getValue()).as("added, so no longer a draft").isEmpty();
        assertThat(area("supplement-text").getValue()).as("not sent: still kept").isEqualTo("Stuur de offerte van de aannemer mee.");
    }

    @Test
    void text_areas_send_while_the_user_types_so_a_reload_before_leaving_the_field_loses_nothing() {
        login(staff.reviewer());
        navigate("review/" + application);
        for (String id : List.of("supplement-text", "extension-reason", "note-text")) {
            assertThat(area(id).getValueChangeMode()).as(id).isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_assessment_as_typed_is_kept_over_a_reload_until_it_is_saved() {
        startAssessment();
        _get(WholeNumberField.class, spec -> spec.withId("score-0")).setValue(8);
        area("comment-0").setValue("Veel bezoekers uit de wijk");
        ((RadioButtonGroup<Recommendation>) _get(RadioButtonGroup.class, spec -> spec.withId("recommendation")))
                .setValue(Recommendation.GRANT);
        area("assessment-motivation").setValue("Past goed in de regeling");

        reload();

        assertThat(_get(WholeNumberField.class, spec -> spec.withId("score-0")).getValue()).isEqualTo(8);
        assertThat(area("comment-0").getValue()).isEqualTo("Veel bezoekers uit de wijk");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("recommendation")).getValue()).isEqualTo(Recommendation.GRANT);
        assertThat(area("assessment-motivation").getValue()).isEqualTo("Past goed in de regeling");
        assertThat(_get(Span.class, spec -> spec.withId("weighted-score")).getText()).isEqualTo("Gewogen score: 80 van 100");

        _click(_get(Button.class, spec -> spec.withId("assessment-save")));
        reload();
        assertThat(area("assessment-motivation").getValue()).as("the saved text").isEqualTo("Past goed in de regeling");
        // typed on the saved version and not saved: that version's draft, shown again
        area("assessment-motivation").setValue("Past goed in de regeling, en de buurt doet mee");
        reload();
        assertThat(area("assessment-motivation").getValue()).isEqualTo("Past goed in de regeling, en de buurt doet mee");
    }

    @Test
    void the_decision_as_typed_is_kept_over_a_reload_shown_to_no_other_user_and_forgotten_once_taken() {
        assessAndSendOn();
        login(staff.decisionMaker());
        navigate("review/" + application);
        _get(DecimalField.class, spec -> spec.withId("decision-amount-2027")).setValue(new BigDecimal("12000.00"));
        area("decision-conditions").setValue("Het bordje bij de deur");
        area("decision-motivation").setValue("Past in de regeling en het dorp heeft het nodig.");

        reload();

        assertThat(_get(DecimalField.class, spec -> spec.withId("decision-amount-2027")).getValue())
                .isEqualByComparingTo("12000.00");
        assertThat(area("decision-conditions").getValue()).isEqualTo("Het bordje bij de deur");
        assertThat(area("decision-motivation").getValue()).isEqualTo("Past in de regeling en het dorp heeft het nodig.");

        // another decision maker of the same authority, in the same browser session: none of it
        String other = "tweede.budgethouder." + application + "@gemeenschapsfonds.test";
        authorities.createUser(other, Role.DECISION_MAKER, staff.authorityId());
        login(other);
        reload();
        assertThat(area("decision-motivation").getValue()).isEmpty();
        assertThat(area("decision-conditions").getValue()).isEmpty();

        login(staff.decisionMaker());
        reload();
        _click(_get(Button.class, spec -> spec.withId("decision-take")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, spec -> spec.withId("review-status")).getText()).isEqualTo("Verleend");
        assertThat(nl.gemeenschapsfonds.base.ui.KeptDrafts.get("decision/" + application)).as("taken: forgotten").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void assessAndSendOn() {
        startAssessment();
        _get(WholeNumberField.class, spec -> spec.withId("score-0")).setValue(8);
        ((RadioButtonGroup<Recommendation>) _get(RadioButtonGroup.class, spec -> spec.withId("recommendation")))
                .setValue(Recommendation.GRANT);
        area("assessment-motivation").setValue("Goed voor het dorp");
        _click(_get(Button.class, spec -> spec.withId("assessment-complete")));
    }

    /** The reviewer completes the intake, declares no conflict and starts the assessment. */
    private void startAssessment() {
        login(staff.reviewer());
        navigate("review/" + application);
        _click(_get(Button.class, spec -> spec.withId("intake-complete")));
        _get(Checkbox.class, spec -> spec.withId("no-conflict")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("assessment-start")));
    }
}
