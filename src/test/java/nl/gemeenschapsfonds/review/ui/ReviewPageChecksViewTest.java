package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.review.AssignmentService;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.review.ReviewService;
import nl.gemeenschapsfonds.review.RefusalGround;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.ReviewPageCases;
import nl.gemeenschapsfonds.test.TestAuthorities;
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

/** The review page checks a decision before asking to confirm it, names the assigned reviewer and scores live (issue 13). */
class ReviewPageChecksViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired ReviewPageCases cases;
    @Autowired AssignmentService assignments;
    @Autowired ReviewService reviews;
    @Autowired nl.gemeenschapsfonds.review.AssessmentService assessments;

    private Staff staff;
    private long application;

    @BeforeEach
    void submittedApplication() throws Exception {
        ReviewPageCases.Submitted submitted = cases.submitted("Controletest", "Controleregeling", "Check call",
                List.of(new Criterion("Bereik", "Reach", new BigDecimal("60"), 10),
                        new Criterion("Haalbaarheid", "Feasibility", new BigDecimal("40"), 5)));
        staff = submitted.staff();
        application = submitted.application();
    }

    /** The reviewer opens the application, completes the intake, declares no conflict and starts the assessment. */
    private void startAssessment() {
        login(staff.reviewer());
        navigate("review/" + application);
        _click(_get(Button.class, spec -> spec.withId("intake-complete")));
        _get(Checkbox.class, spec -> spec.withId("no-conflict")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("assessment-start")));
    }

    @SuppressWarnings("unchecked")
    private void assessAsReviewer() {
        startAssessment();
        _get(WholeNumberField.class, spec -> spec.withId("score-0")).setValue(9);
        _get(WholeNumberField.class, spec -> spec.withId("score-1")).setValue(4);
        ((RadioButtonGroup<Recommendation>) _get(RadioButtonGroup.class, spec -> spec.withId("recommendation")))
                .setValue(Recommendation.GRANT);
        _get(TextArea.class, spec -> spec.withId("assessment-motivation")).setValue("Goed voor het dorp");
        _click(_get(Button.class, spec -> spec.withId("assessment-complete")));
    }

    @Test
    void a_decision_without_motivation_is_refused_at_the_field_and_no_confirmation_opens() {
        assessAsReviewer();
        login(staff.decisionMaker());
        navigate("review/" + application);
        TextArea conditions = _get(TextArea.class, spec -> spec.withId("decision-conditions"));
        conditions.setValue("Het bordje bij de deur");

        _click(_get(Button.class, spec -> spec.withId("decision-take")));

        assertThat(_find(ConfirmDialog.class)).as("no confirmation for a decision that cannot be taken").isEmpty();
        TextArea motivation = _get(TextArea.class, spec -> spec.withId("decision-motivation"));
        assertThat(motivation.isInvalid()).isTrue();
        assertThat(motivation.getErrorMessage()).isNotBlank();
        assertThat(_get(TextArea.class, spec -> spec.withId("decision-conditions")).getValue()).isEqualTo("Het bordje bij de deur");
        assertThat(_get(Span.class, spec -> spec.withId("review-status")).getText()).isEqualTo("Wacht op besluit");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_refusal_without_a_ground_is_refused_at_the_ground_before_any_confirmation() {
        assessAsReviewer();
        login(staff.decisionMaker());
        navigate("review/" + application);
        ((RadioButtonGroup<Recommendation>) _get(RadioButtonGroup.class, spec -> spec.withId("decision-kind")))
                .setValue(Recommendation.REFUSE);
        _get(TextArea.class, spec -> spec.withId("decision-motivation")).setValue("Past niet");

        _click(_get(Button.class, spec -> spec.withId("decision-take")));

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        Select<RefusalGround> ground = _get(Select.class, spec -> spec.withId("decision-ground"));
        assertThat(ground.isInvalid()).isTrue();
    }

    @Test
    void a_complete_decision_asks_for_confirmation_and_cancelling_takes_nothing() {
        assessAsReviewer();
        login(staff.decisionMaker());
        navigate("review/" + application);
        _get(TextArea.class, spec -> spec.withId("decision-motivation")).setValue("Past in de regeling");

        _click(_get(Button.class, spec -> spec.withId("decision-take")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(_get(Span.class, spec -> spec.withId("review-status")).getText()).isEqualTo("Wacht op besluit");

        _click(_get(Button.class, spec -> spec.withId("decision-take")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, spec -> spec.withId("review-status")).getText()).isEqualTo("Verleend");
    }

    @Test
    void the_page_offers_one_way_to_take_the_application_and_it_asks_the_declaration_before_assigning() throws Exception {
        login(staff.reviewer());
        navigate("review/" + application);
        assertThat(_get(Span.class, spec -> spec.withId("review-assignee")).getText()).isEqualTo("Nog niet toegewezen");
        assertThat(_find(Button.class, spec -> spec.withId("review-assign"))).as("the header's button is gone").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Aan mij toewijzen"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("reviewers-take")));
        Checkbox declaration = _get(Checkbox.class, spec -> spec.withId("reviewers-no-conflict"));
        assertThat(declaration.isInvalid()).as("asked at the declaration").isTrue();
        assertThat(declaration.getErrorMessage()).isNotBlank();
        assertThat(_get(Span.class, spec -> spec.withId("review-assignee")).getText()).isEqualTo("Nog niet toegewezen");
        assertThat(authorities.as(staff.reviewer(), () -> assignments.assignedTo(application))).isEmpty();

        declaration.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("reviewers-take")));
        String text = _get(Span.class, spec -> spec.withId("review-assignee")).getText();
        assertThat(text).startsWith("Toegewezen aan u").doesNotContain("@");
        assertThat(_find(Button.class, spec -> spec.withText("Aan mij toewijzen"))).isEmpty();
        assertThat(authorities.as(staff.reviewer(), () -> assignments.assignedTo(application))).hasSize(1);
    }

    @Test
    void the_weighted_score_follows_the_scores_as_they_are_entered() {
        startAssessment();
        Span score = _get(Span.class, spec -> spec.withId("weighted-score"));
        assertThat(score.getText()).isEqualTo("Gewogen score: - van 100");

        _get(WholeNumberField.class, spec -> spec.withId("score-0")).setValue(7);
        assertThat(score.getText()).isEqualTo("Gewogen score: 42 van 100");
        _get(WholeNumberField.class, spec -> spec.withId("score-1")).setValue(3);
        // 7/10 × 60 + 3/5 × 40 = 42 + 24
        assertThat(score.getText()).isEqualTo("Gewogen score: 66 van 100");
        _get(WholeNumberField.class, spec -> spec.withId("score-0")).setValue(6);
        // 6/10 × 60 + 24 = 60; not yet saved
        assertThat(score.getText()).isEqualTo("Gewogen score: 60 van 100");
    }

    // walk13 (issue 13): what a new user met on the review page

    @Test
    @SuppressWarnings("unchecked")
    void an_empty_advice_is_asked_for_in_words_at_the_advice_and_what_was_typed_stays() {
        startAssessment();
        _get(WholeNumberField.class, spec -> spec.withId("score-0")).setValue(7);
        _get(WholeNumberField.class, spec -> spec.withId("score-1")).setValue(3);
        _get(TextArea.class, spec -> spec.withId("comment-0")).setValue("Veel bezoekers");
        _get(TextArea.class, spec -> spec.withId("assessment-motivation")).setValue("Goed voor het dorp");

        _click(_get(Button.class, spec -> spec.withId("assessment-complete")));

        RadioButtonGroup<Recommendation> advice = _get(RadioButtonGroup.class, spec -> spec.withId("recommendation"));
        assertThat(advice.isInvalid()).isTrue();
        assertThat(advice.getErrorMessage()).isEqualTo("Kies een advies: verlenen, gedeeltelijk verlenen of weigeren");
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-0")).getValue()).isEqualTo("Veel bezoekers");
        assertThat(_get(TextArea.class, spec -> spec.withId("assessment-motivation")).getValue()).isEqualTo("Goed voor het dorp");
    }

    @Test
    void a_score_that_cannot_be_read_is_not_saved_as_empty_and_the_typed_text_and_its_message_stay() throws Exception {
        startAssessment();
        _get(WholeNumberField.class, spec -> spec.withId("score-0")).setValue(7);
        WholeNumberField second = _get(WholeNumberField.class, spec -> spec.withId("score-1"));
        nl.gemeenschapsfonds.test.Typing.type(second, "drie");
        String ownMessage = second.getErrorMessage();
        assertThat(second.isInvalid()).as("the field says it cannot read it").isTrue();
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();

        _click(_get(Button.class, spec -> spec.withId("assessment-save")));

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Een score of bedrag is niet te lezen (zie het rode veld). Verbeter het eerst; er is nog niets opgeslagen.");
        assertThat(second.getText()).as("what was typed stays").isEqualTo("drie");
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).as("its own message, not cleared by a save that went through").isEqualTo(ownMessage);
        assertThat(authorities.as(staff.reviewer(), () -> assessments.mine(application)).orElseThrow().scores().getFirst().score())
                .as("nothing was saved while a score could not be read").isNull();
        navigate("review/" + application);
        assertThat(_get(WholeNumberField.class, spec -> spec.withId("score-0")).getValue())
                .as("not saved, but kept as typed over a reload (ReviewDraftsViewTest)").isEqualTo(7);
    }

    @Test
    void the_assessment_sits_on_a_record_form_in_two_columns_with_comments_to_write_in() {
        startAssessment();

        AssessmentPanel panel = _get(AssessmentPanel.class);
        com.vaadin.flow.component.formlayout.FormLayout form = panel.getContent();
        List<com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep> steps = form.getResponsiveSteps();
        assertThat(steps.getLast().toJson().get("columns").asInt()).as("the widest step has two columns").isEqualTo(2);
        // a criterion's score and its comment share a row of two columns: each spans one column, the comment
        // follows its score directly, and the score fills its half
        WholeNumberField score = _get(WholeNumberField.class, spec -> spec.withId("score-0"));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment-0"));
        List<com.vaadin.flow.component.Component> children = form.getChildren().toList();
        assertThat(form.getColspan(score)).isEqualTo(1);
        assertThat(form.getColspan(comment)).isEqualTo(1);
        assertThat(children.indexOf(comment)).as("the comment right after its score").isEqualTo(children.indexOf(score) + 1);
        assertThat(form.getColspan(children.get(children.indexOf(score) - 1))).as("the row starts at the score")
                .isEqualTo(2);
        assertThat(score.getWidth()).isEqualTo("100%");
        assertThat(comment.getMinHeight()).isEqualTo("5em");
    }

    @Test
    void a_negative_decision_amount_is_refused_at_its_field_as_not_positive_and_nothing_typed_is_lost() {
        assessAsReviewer();
        login(staff.decisionMaker());
        navigate("review/" + application);
        nl.gemeenschapsfonds.base.ui.DecimalField amount = _get(nl.gemeenschapsfonds.base.ui.DecimalField.class,
                spec -> spec.withId("decision-amount-2027"));
        nl.gemeenschapsfonds.test.Typing.type(amount, "-500");
        _get(TextArea.class, spec -> spec.withId("decision-motivation")).setValue("Past in de regeling");

        _click(_get(Button.class, spec -> spec.withId("decision-take")));

        assertThat(_find(ConfirmDialog.class)).as("no confirmation for a decision that cannot be taken").isEmpty();
        assertThat(notificationTexts()).noneMatch(text -> text.contains("niet te lezen"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo(
                "Het bedrag voor 2027 kan niet negatief zijn: vul minstens € 0,01 in, of 0 als u in dat jaar niets verleent");
        assertThat(amount.getValue()).isEqualByComparingTo("-500");
        assertThat(_get(TextArea.class, spec -> spec.withId("decision-motivation")).getValue()).isEqualTo("Past in de regeling");
    }

    @Test
    void in_english_a_negative_decision_amount_says_so_in_english_at_the_field() {
        assessAsReviewer();
        login(staff.decisionMaker());
        useEnglish();
        navigate("review/" + application);
        nl.gemeenschapsfonds.base.ui.DecimalField amount = _get(nl.gemeenschapsfonds.base.ui.DecimalField.class,
                spec -> spec.withId("decision-amount-2027"));
        nl.gemeenschapsfonds.test.Typing.type(amount, "-500");
        _get(TextArea.class, spec -> spec.withId("decision-motivation")).setValue("Fits the call");

        _click(_get(Button.class, spec -> spec.withId("decision-take")));

        assertThat(amount.getErrorMessage()).isEqualTo(
                "The amount for 2027 cannot be negative: enter at least € 0.01, or 0 if you grant nothing that year");
    }

    @Test
    void an_extension_without_a_reason_is_refused_at_the_wide_reason_field_and_the_weeks_stay() {
        login(staff.reviewer());
        navigate("review/" + application);
        WholeNumberField weeks = _get(WholeNumberField.class, spec -> spec.withId("extension-weeks"));
        weeks.setValue(4);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("extension-reason"));
        assertThat(reason.getWidth()).as("the reason takes the width, not a narrow field beside the weeks").isEqualTo("100%");

        _click(_get(Button.class, spec -> spec.withId("extension-save")));

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Schrijf de reden van de verlenging op; de aanvrager krijgt die te zien");
        assertThat(weeks.getValue()).isEqualTo(4);
    }

    @Test
    void the_facts_of_the_application_are_one_list_of_labels_and_values_not_a_paragraph_each() {
        login(staff.reviewer());
        navigate("review/" + application);
        com.vaadin.flow.component.html.DescriptionList facts = _get(com.vaadin.flow.component.html.DescriptionList.class,
                spec -> spec.withId("review-facts"));
        assertThat(facts.getClassNames()).contains("summary-fields");
        assertThat(facts.getElement().getTextRecursively()).contains("Organisatie", "Dorpswinkel", "Subsidie 2027", "€ 20.000,00");
    }

    @Test
    void the_review_page_has_at_most_seven_dependencies_and_fewer_than_four_hundred_lines() throws Exception {
        assertThat(ReviewApplicationView.class.getDeclaredConstructors())
                .allSatisfy(constructor -> assertThat(constructor.getParameterCount()).isLessThanOrEqualTo(7));
        for (Class<?> part : List.of(ReviewApplicationView.class, CaseSections.class, OutcomeSections.class)) {
            assertThat(part.getDeclaredConstructors())
                    .allSatisfy(constructor -> assertThat(constructor.getParameterCount()).isLessThanOrEqualTo(7));
        }
        long lines = java.nio.file.Files.lines(java.nio.file.Path.of(
                "src/main/java/nl/gemeenschapsfonds/review/ui/ReviewApplicationView.java")).count();
        assertThat(lines).isLessThan(400);
    }
}
