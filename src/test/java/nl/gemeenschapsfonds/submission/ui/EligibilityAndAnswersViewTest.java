package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.gemeenschapsfonds.fund.CallQuestion;
import nl.gemeenschapsfonds.fund.CallQuestionService;
import nl.gemeenschapsfonds.fund.Choice;
import nl.gemeenschapsfonds.fund.EligibilityQuestion;
import nl.gemeenschapsfonds.fund.QuestionKind;
import nl.gemeenschapsfonds.submission.ApplicationAnswers;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eligibility check before registering (issue 21 item 2) and where the answers to the call's questions show up
 * (item 1): the check refuses with its rule's reason, says "probably eligible" with the way on, and its answers go
 * into the application started afterwards; the answers are on the reviewer's page, in the submitted application and
 * in the receipt PDF.
 */
class EligibilityAndAnswersViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    CallQuestionService questions;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ApplicationAnswers answers;

    private Staff staff;
    private long call;

    @BeforeEach
    void aCallWithQuestionsAndACheck() throws Exception {
        staff = authorities.newAuthority("Gemeente Checktest");
        call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, new BigDecimal("100000"))));
        authorities.as(staff.admin(), () -> questions.save(call, List.of(
                new CallQuestion("vrijwilligers", QuestionKind.YES_NO, "Werkt u met vrijwilligers?", "Do you work with volunteers?",
                        null, null, false, null, List.of(), null, null, null),
                new CallQuestion("aantal", QuestionKind.WHOLE_NUMBER, "Hoeveel vrijwilligers?", "How many volunteers?",
                        null, null, false, null, List.of(), null, "vrijwilligers", "yes")),
                List.of(new EligibilityQuestion("gemeente", "Ligt de voorziening in de gemeente?", "Is the facility in the municipality?",
                                List.of(), List.of("no"), "de regeling alleen voor deze gemeente is.", "the call is only for this municipality."),
                        new EligibilityQuestion("vorm", "Wat voor organisatie bent u?", "What kind of organisation are you?",
                                List.of(new Choice("Stichting", "Foundation"), new Choice("Bedrijf", "Company")), List.of("Bedrijf"),
                                "alleen stichtingen kunnen aanvragen.", "only foundations can apply.")),
                "Vragen en check toegevoegd"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_check_refuses_with_the_rules_reason_and_its_answers_go_into_the_application_after_signing_in() throws Exception {
        navigate("calls");
        assertThat(_get(Anchor.class, spec -> spec.withId("public-call-" + call + "-check")).getHref())
                .isEqualTo("calls/" + call + "/check");
        navigate("calls/" + call + "/check");
        RadioButtonGroup<String> place = _get(RadioButtonGroup.class, spec -> spec.withId("eligibility-gemeente"));
        RadioButtonGroup<String> form = _get(RadioButtonGroup.class, spec -> spec.withId("eligibility-vorm"));
        place.setValue("yes");
        _click(_get(Button.class, spec -> spec.withId("eligibility-assess")));
        assertThat(form.isInvalid()).as("an unanswered question is said at its field").isTrue();
        assertThat(form.getErrorMessage()).isEqualTo("Kies een antwoord.");
        place.setValue("no");
        form.setValue("Bedrijf");
        _click(_get(Button.class, spec -> spec.withId("eligibility-assess")));
        assertThat(_get(H2.class, spec -> spec.withId("eligibility-verdict")).getText()).isEqualTo("U komt niet in aanmerking, omdat:");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("eligibility-reasons")).getElement().getTextRecursively())
                .contains("de regeling alleen voor deze gemeente is.", "alleen stichtingen kunnen aanvragen.");
        assertThat(_find(Anchor.class, spec -> spec.withId("eligibility-register"))).isEmpty();

        place.setValue("yes");
        form.setValue("Stichting");
        _click(_get(Button.class, spec -> spec.withId("eligibility-assess")));
        assertThat(_get(H2.class, spec -> spec.withId("eligibility-verdict")).getText()).isEqualTo("U komt waarschijnlijk in aanmerking");
        assertThat(_get(Anchor.class, spec -> spec.withId("eligibility-register")).getText()).isNotBlank();

        // the visitor registers (or signs in) in the same session and starts an application in the call
        String applicant = authorities.newApplicant("Stichting Checkhuis");
        login(applicant);
        navigate("applications/new");
        _click(_get(Button.class, spec -> spec.withId("start-call-" + call)));
        long id = authorities.as(applicant, () -> submissions.myApplications()).getFirst().id();
        assertThat(authorities.as(applicant, () -> answers.mine(id)).eligibilityAnswers())
                .isEqualTo(Map.of("gemeente", "yes", "vorm", "Stichting"));
        navigate("applications/" + id + "/edit?step=7");
        assertThat(_get(CallAnswersSection.class).getElement().getTextRecursively())
                .contains("Antwoorden in de check vooraf", "Ligt de voorziening in de gemeente?", "Ja", "Stichting");
    }

    @Test
    void the_answers_are_on_the_reviewers_page_in_the_submitted_application_and_in_the_receipt() throws Exception {
        String applicant = authorities.newApplicant("Stichting Antwoordhuis");
        long id = applications.draftSeekingCoFinancing(applicant, call, Map.of(2027, new BigDecimal("10000")), new BigDecimal("1000"));
        authorities.as(applicant, () -> {
            assertThat(answers.save(id, Map.of("vrijwilligers", "yes", "aantal", "14"))).isEmpty();
            submissions.submit(id, submissions.draft(id).version(), Locale.of("nl"));
        });
        byte[] receipt = authorities.as(applicant, () -> submissions.receiptPdf(id, Locale.of("nl")));
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(receipt)).replaceAll("\\s+", " "))
                .contains("Vragen van de regeling", "Werkt u met vrijwilligers? Ja", "Hoeveel vrijwilligers? 14");

        login(applicant);
        navigate("applications/" + id + "/submitted");
        assertThat(_get(CallAnswersSection.class).getElement().getTextRecursively()).contains("Hoeveel vrijwilligers?", "14");

        logout();
        login(staff.reviewer());
        navigate("review/" + id);
        assertThat(_get(CallAnswersSection.class).getElement().getTextRecursively())
                .contains("Vragen van de regeling", "Werkt u met vrijwilligers?", "Ja", "Hoeveel vrijwilligers?", "14");
    }
}
