package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.fund.CallQuestion;
import nl.gemeenschapsfonds.fund.CallQuestionService;
import nl.gemeenschapsfonds.fund.Choice;
import nl.gemeenschapsfonds.fund.FileKind;
import nl.gemeenschapsfonds.fund.QuestionKind;
import nl.gemeenschapsfonds.submission.ApplicationAnswers;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.submission.TestFiles;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call's own questions in the wizard (issue 21 item 1): one question of each kind, checked at its field as it is
 * answered and saved as it is typed; a conditional question that appears and disappears; a required one that stands
 * in the way of submitting and takes the applicant to its field.
 */
class CallQuestionsWizardViewTest extends KaribuViewTest {

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

    private String applicant;
    private long application;

    @BeforeEach
    void aCallWithAQuestionOfEachKind() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Vragentest");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, new BigDecimal("100000"))));
        List<Choice> colours = List.of(new Choice("Rood", "Red"), new Choice("Blauw", "Blue"), new Choice("Groen", "Green"));
        authorities.as(staff.admin(), () -> questions.save(call, List.of(
                q("short", QuestionKind.SHORT_TEXT, true, null, List.of(), null, null, null),
                q("long", QuestionKind.LONG_TEXT, false, 20, List.of(), null, null, null),
                q("number", QuestionKind.WHOLE_NUMBER, false, null, List.of(), null, null, null),
                q("amount", QuestionKind.AMOUNT, false, null, List.of(), null, null, null),
                q("date", QuestionKind.DATE, false, null, List.of(), null, null, null),
                q("yesno", QuestionKind.YES_NO, false, null, List.of(), null, null, null),
                q("explain", QuestionKind.SHORT_TEXT, true, null, List.of(), null, "yesno", "yes"),
                q("one", QuestionKind.ONE_CHOICE, false, null, colours, null, null, null),
                q("many", QuestionKind.MANY_CHOICES, false, null, colours, null, null, null),
                q("file", QuestionKind.FILE, false, null, List.of(), FileKind.PDF, null, null)),
                List.of(), "Eigen vragen toegevoegd voor de test"));
        applicant = authorities.newApplicant("Stichting Vragenhuis");
        application = authorities.as(applicant, () -> submissions.startDraft(call));
        login(applicant);
        navigate("applications/" + application + "/edit?step=3");
    }

    private static CallQuestion q(String key, QuestionKind kind, boolean required, Integer maxLength, List<Choice> choices,
                                  FileKind fileKind, String shownWhen, String value) {
        return new CallQuestion(key, kind, "Vraag " + key, "Question " + key, null, null, required, maxLength, choices,
                fileKind, shownWhen, value);
    }

    private <T extends Component> T field(Class<T> type, String key) {
        return _get(type, spec -> spec.withId("question-" + key));
    }

    private Map<String, String> saved() throws Exception {
        return authorities.as(applicant, () -> answers.mine(application)).answers();
    }

    private static String message(Component field) {
        return ((com.vaadin.flow.component.HasValidation) field).isInvalid()
                ? ((com.vaadin.flow.component.HasValidation) field).getErrorMessage() : null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_kind_of_question_is_checked_at_its_field_and_saved_as_it_is_answered() throws Exception {
        TextField shortText = field(TextField.class, "short");
        shortText.setValue("x".repeat(201));
        assertThat(message(shortText)).isEqualTo("Maximaal 200 tekens");
        shortText.setValue("Ons buurthuis");
        assertThat(message(shortText)).isNull();
        assertThat(saved()).containsEntry("short", "Ons buurthuis");

        TextArea longText = field(TextArea.class, "long");
        longText.setValue("eenentwintig tekens!!");
        assertThat(message(longText)).isEqualTo("Maximaal 20 tekens");
        assertThat(longText.getValue()).as("what was typed stays").isEqualTo("eenentwintig tekens!!");
        assertThat(saved()).doesNotContainKey("long");
        longText.setValue("twintig tekens nu!!!");
        assertThat(saved()).containsEntry("long", "twintig tekens nu!!!");

        WholeNumberField number = field(WholeNumberField.class, "number");
        nl.gemeenschapsfonds.test.Typing.type(number, "12k");
        assertThat(number.isInvalid()).isTrue();
        assertThat(saved()).doesNotContainKey("number");
        number.setValue(12);
        assertThat(saved()).containsEntry("number", "12");

        DecimalField amount = field(DecimalField.class, "amount");
        amount.setValue(new BigDecimal("12.345"));
        assertThat(message(amount)).isEqualTo("Vul een bedrag in euro’s in, met hoogstens twee cijfers achter de komma.");
        amount.setValue(new BigDecimal("1250.50"));
        assertThat(message(amount)).isNull();
        assertThat(saved()).containsEntry("amount", "1250.50");

        field(DatePicker.class, "date").setValue(LocalDate.of(2027, 3, 1));
        assertThat(saved()).containsEntry("date", "2027-03-01");
        assertThat(authorities.as(applicant, () -> answers.save(application, Map.of("date", "2027-02-30"))))
                .as("a date that is none, sent by hand, is refused at its field")
                .extracting(p -> p.field() + " " + p.messageKey()).containsExactly("question.date questions.validation.date");

        field(RadioButtonGroup.class, "yesno").setValue("no");
        assertThat(saved()).containsEntry("yesno", "no");
        field(RadioButtonGroup.class, "one").setValue("Blauw");
        assertThat(saved()).containsEntry("one", "Blauw");
        field(CheckboxGroup.class, "many").setValue(Set.of("Groen", "Rood"));
        assertThat(saved()).as("in the order of the choices").containsEntry("many", "Rood\nGroen");

        FileQuestionField file = field(FileQuestionField.class, "file");
        CallQuestionsSection section = _get(CallQuestionsSection.class);
        CallQuestion fileQuestion = authorities.as(applicant, () -> answers.mine(application)).questions().stream()
                .filter(question -> question.key().equals("file")).findFirst().orElseThrow();
        section.upload(fileQuestion, file, "begroting.xlsx", new ByteArrayInputStream(TestFiles.xlsx()));
        assertThat(file.getErrorMessage()).isEqualTo("Dit bestand is niet van de gevraagde soort: PDF.");
        assertThat(saved()).doesNotContainKey("file");
        // the upload's own reasons for refusing a file, in Dutch as on the attachments step (they were Vaadin's English)
        assertThat(file.upload().getI18n().getError().getFileIsTooBig()).startsWith("Het bestand is te groot (hoogstens ");
        assertThat(file.upload().getI18n().getError().getIncorrectFileType()).endsWith("Toegestaan zijn: PDF.");
        // walk24: a file the browser refuses itself (its size) never reaches the server; it is named at the question
        com.vaadin.flow.component.ComponentUtil.fireEvent(file.upload(), new com.vaadin.flow.component.upload.FileRejectedEvent(
                file.upload(), "Het bestand is te groot (hoogstens 20 MB).", "plan-scan.pdf"));
        assertThat(file.isInvalid()).isTrue();
        assertThat(file.getErrorMessage()).isEqualTo("plan-scan.pdf is niet toegevoegd. Het bestand is te groot (hoogstens 20 MB).");
        section.upload(fileQuestion, file, "plan.pdf", new ByteArrayInputStream(TestFiles.pdf("Ons plan")));
        assertThat(file.isInvalid()).isFalse();
        assertThat(file.fileName().getText()).isEqualTo("plan.pdf");
        assertThat(saved()).containsKey("file");

        // reopened, every answer is there again, the refused text keeps its saved value
        navigate("applications/" + application + "/edit?step=3");
        assertThat(field(TextField.class, "short").getValue()).isEqualTo("Ons buurthuis");
        assertThat(field(TextArea.class, "long").getValue()).isEqualTo("twintig tekens nu!!!");
        assertThat(field(WholeNumberField.class, "number").getValue()).isEqualTo(12);
        assertThat(field(DecimalField.class, "amount").getValue()).isEqualByComparingTo("1250.50");
        assertThat(field(DatePicker.class, "date").getValue()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(field(RadioButtonGroup.class, "one").getValue()).isEqualTo("Blauw");
        assertThat(field(CheckboxGroup.class, "many").getValue()).isEqualTo(Set.of("Rood", "Groen"));
        assertThat(field(FileQuestionField.class, "file").fileName().getText()).isEqualTo("plan.pdf");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_conditional_question_appears_with_its_answer_and_disappears_again() {
        assertThat(_find(TextField.class, spec -> spec.withId("question-explain"))).as("karibu finds visible fields only").isEmpty();
        RadioButtonGroup<String> yesNo = field(RadioButtonGroup.class, "yesno");
        yesNo.setValue("yes");
        assertThat(field(TextField.class, "explain").getLabel()).isEqualTo("Vraag explain");
        yesNo.setValue("no");
        assertThat(_find(TextField.class, spec -> spec.withId("question-explain"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_required_question_stands_in_the_way_of_submitting_and_takes_the_applicant_to_its_field() throws Exception {
        _click(_get(Button.class, spec -> spec.withId("wizard-step-7")));
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Beantwoord de vraag „Vraag short”.")))
                .hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Beantwoord de vraag „Vraag explain”.")))
                .as("a hidden question is not asked for").isEmpty();
        _click(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("wizard-problems"))
                .getChildren().filter(row -> row.getElement().getTextRecursively().contains("Vraag short")).findFirst()
                .map(row -> _get(row, Button.class, spec -> { })).orElseThrow());
        TextField shortText = field(TextField.class, "short");
        assertThat(shortText.isVisible()).isTrue();
        assertThat(message(shortText)).isEqualTo("Beantwoord de vraag „Vraag short”.");
        // after answering "yes", the conditional question is asked for too
        field(RadioButtonGroup.class, "yesno").setValue("yes");
        shortText.setValue("Antwoord");
        _click(_get(Button.class, spec -> spec.withId("wizard-step-7")));
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Beantwoord de vraag „Vraag explain”.")))
                .hasSize(1);
        assertThat(_get(CallAnswersSection.class).getElement().getTextRecursively()).contains("Vraag short", "Antwoord");
    }
}
