package nl.gemeenschapsfonds.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.fund.CallQuestionService;
import nl.gemeenschapsfonds.fund.CallQuestions;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.fund.QuestionKind;
import nl.gemeenschapsfonds.submission.ApplicationAnswers;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call's own questions and eligibility check in the call editor (issue 21): a wrong question is refused at the
 * list and kept; after publication they are frozen, a change needs a reason, is kept as an audited amendment, and an
 * application keeps the version it was started with.
 */
class CallQuestionsEditorViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    FundService funds;

    @Autowired
    CallService calls;

    @Autowired
    CallQuestionService questions;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ApplicationAnswers answers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void questions_are_frozen_after_publication_an_amendment_is_audited_and_applications_keep_their_version() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Vraageditor");
        long fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Vragenfonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("500000.00"))))));
        login(staff.admin());
        navigate("calls/new?fund=" + fund);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        field(TextField.class, "call-titleNl").setValue("Vragenregeling");
        field(TextField.class, "call-titleEn").setValue("Question call");
        ((CheckboxGroup<FacilityType>) field(CheckboxGroup.class, "call-facilityTypes")).setValue(Set.of(FacilityType.COMMUNITY_CENTRE));
        field(DatePicker.class, "call-openDate").setValue(today.minusDays(1));
        field(DatePicker.class, "call-closeDate").setValue(today.plusDays(30));
        _click(field(Button.class, "call-ceilings-add"));
        _find(WholeNumberField.class, spec -> spec.withLabel("Jaar")).getLast().setValue(2027);
        _find(DecimalField.class, spec -> spec.withLabel("Plafond")).getLast().setValue(new BigDecimal("200000"));

        // a choice question without its English label and with one choice: refused at the list, what was typed stays
        _click(field(Button.class, "call-questions-add"));
        ((Select<QuestionKind>) field(Select.class, "call-question-1-kind")).setValue(QuestionKind.ONE_CHOICE);
        field(TextField.class, "call-question-1-labelNl").setValue("Welke kleur heeft de voordeur?");
        field(TextArea.class, "call-question-1-choices").setValue("Rood | Red");
        _click(field(Button.class, "call-save"));
        QuestionsEditor editor = _get(QuestionsEditor.class);
        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).isEqualTo("Vul bij vraag 1 de vraag in het Nederlands en het Engels in.");
        assertThat(field(TextField.class, "call-question-1-labelNl").getValue()).isEqualTo("Welke kleur heeft de voordeur?");

        field(TextField.class, "call-question-1-labelEn").setValue("What colour is the front door?");
        field(TextArea.class, "call-question-1-choices").setValue("Rood | Red\nBlauw | Blue");
        _click(field(Button.class, "call-questions-add"));
        field(TextField.class, "call-question-2-labelNl").setValue("Waarom blauw?");
        field(TextField.class, "call-question-2-labelEn").setValue("Why blue?");
        Select<String> shownWhen = field(Select.class, "call-question-2-shownWhen");
        shownWhen.setValue(shownWhen.getListDataView().getItems().findFirst().orElseThrow());
        ((Select<String>) field(Select.class, "call-question-2-shownWhenValue")).setValue("Blauw");
        // the eligibility check: one yes/no question, "no" makes an applicant ineligible
        _click(field(Button.class, "call-eligibility-add"));
        field(TextField.class, "call-eligibility-1-questionNl").setValue("Ligt het buurthuis in de gemeente?");
        field(TextField.class, "call-eligibility-1-questionEn").setValue("Is the centre in the municipality?");
        ((CheckboxGroup<String>) field(CheckboxGroup.class, "call-eligibility-1-ineligibleWhen")).setValue(Set.of("no"));
        field(TextField.class, "call-eligibility-1-reasonNl").setValue("het buurthuis buiten de gemeente ligt.");
        field(TextField.class, "call-eligibility-1-reasonEn").setValue("the centre is outside the municipality.");
        _click(field(Button.class, "call-publish"));
        assertThat(notificationTexts()).contains("De regeling is gepubliceerd.");
        long call = authorities.as(staff.admin(), () -> calls.callsOfMyAuthority()).stream()
                .filter(c -> c.titleNl().equals("Vragenregeling")).findFirst().orElseThrow().id();
        CallQuestions first = authorities.as(staff.admin(), () -> questions.forEditor(call));
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.questions()).extracting(q -> q.labelNl()).containsExactly("Welke kleur heeft de voordeur?", "Waarom blauw?");
        assertThat(first.questions().get(1).shownWhenKey()).isEqualTo(first.questions().get(0).key());
        assertThat(first.eligibility()).hasSize(1);

        String early = authorities.newApplicant("Stichting Vroeg");
        long earlyApplication = authorities.as(early, () -> submissions.startDraft(call));

        // published: a change without a reason is refused at the reason, nothing changes
        field(TextField.class, "call-question-1-labelNl").setValue("Welke kleur heeft de buitendeur?");
        _click(field(Button.class, "call-save"));
        TextArea reason = field(TextArea.class, "call-amendmentReason");
        assertThat(reason.isInvalid()).as(() -> notificationTexts() + " " + _find(com.vaadin.flow.component.Component.class,
                spec -> { }).stream().filter(c -> c instanceof com.vaadin.flow.component.HasValidation v && v.isInvalid())
                .map(c -> c.getId().orElse("?") + ":" + ((com.vaadin.flow.component.HasValidation) c).getErrorMessage()).toList())
                .isTrue();
        assertThat(authorities.as(staff.admin(), () -> questions.forEditor(call)).version()).isEqualTo(1);
        assertThat(field(TextField.class, "call-question-1-labelNl").getValue()).isEqualTo("Welke kleur heeft de buitendeur?");

        reason.setValue("De vraag ging over de verkeerde deur.");
        _click(field(Button.class, "call-save"));
        assertThat(reason.isInvalid()).isFalse();
        CallQuestions second = authorities.as(staff.admin(), () -> questions.forEditor(call));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.questions().getFirst().labelNl()).isEqualTo("Welke kleur heeft de buitendeur?");
        assertThat(jdbc.sql("select changed || ' / ' || reason from call_amendment where call_id = ?").param(call)
                .query(String.class).list()).containsExactly("call.section.questions / De vraag ging over de verkeerde deur.");
        assertThat(jdbc.sql("select reason from audit_entry where action = 'CALL_AMENDED' and object_id = ?")
                .param(String.valueOf(call)).query(String.class).list()).containsExactly("De vraag ging over de verkeerde deur.");

        // the application started before keeps version 1; one started now gets version 2
        assertThat(authorities.as(early, () -> answers.mine(earlyApplication))).satisfies(sheet -> {
            assertThat(sheet.version()).isEqualTo(1);
            assertThat(sheet.questions().getFirst().labelNl()).isEqualTo("Welke kleur heeft de voordeur?");
        });
        String late = authorities.newApplicant("Stichting Laat");
        long lateApplication = authorities.as(late, () -> submissions.startDraft(call));
        assertThat(authorities.as(late, () -> answers.mine(lateApplication)).version()).isEqualTo(2);
    }
}
