package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.base.ui.DateTyping;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.submission.CostCategory;
import nl.gemeenschapsfonds.submission.FundingSource;
import nl.gemeenschapsfonds.submission.KindOfWork;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.RequiredAttachments;
import nl.gemeenschapsfonds.test.ShownTexts;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.Typing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the wizard in English, from the list of calls to the application as submitted. Every step the applicant
 * sees is checked for Dutch words (an untranslated text), and the messages at the fields are English.
 */
class ApplicationWizardInEnglishViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    RequiredAttachments requiredAttachments;

    @Autowired
    FundService funds;

    @Autowired
    CallService calls;

    @Autowired
    SubmissionService submissions;

    @Autowired
    Clock clock;

    private String applicant;
    private long call;

    @BeforeEach
    void openCallAndApplicantInEnglish() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), nl.gemeenschapsfonds.base.Formats.ZONE);
        Staff staff = authorities.newAuthority("Municipality of Englishtest");
        long fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Community Fund", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("1000000"))))));
        call = authorities.as(staff.admin(), () -> {
            long id = calls.save(new CallData(null, 0, fund, null, "Ontmoetingsplekken", "Meeting places",
                    "Voor buurthuizen", "For community centres", EnumSet.of(FacilityType.COMMUNITY_CENTRE),
                    today.minusDays(1), today.plusDays(30), false, AllocationMethod.FIRST_COME, new BigDecimal("100000"),
                    new BigDecimal("20"), new BigDecimal("50"), null, false, 8, 6,
                    new TreeMap<>(Map.of(2027, new BigDecimal("500000"))), List.of()));
            calls.publish(id);
            return id;
        });
        applicant = authorities.newApplicant("Harbour Community Association");
        login(applicant);
        useEnglish();
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @Autowired
    nl.gemeenschapsfonds.fund.CallCatalogue catalogue;

    /**
     * Nothing Dutch on the page the applicant sees now. The calls other tests published (with whatever authority names,
     * titles and descriptions they gave them, such as "Gemeente Bijlagen") are not this page's words: they are left out.
     */
    private void assertNoDutch(String page) {
        String shown = ShownTexts.ofCurrentUi();
        for (var other : catalogue.publishedCalls()) {
            if (other.id() != call) {
                for (String text : java.util.Arrays.asList(other.authorityName(), other.titleNl(), other.titleEn(),
                        other.descriptionNl(), other.description(java.util.Locale.ENGLISH))) {
                    if (text != null && !text.isBlank()) {
                        shown = shown.replace(text, "");
                    }
                }
            }
        }
        assertThat(ShownTexts.dutchWordsIn(shown)).as("Dutch words on " + page + ":\n" + shown).isEmpty();
    }

    private long start() throws Exception {
        navigate("applications/new");
        assertNoDutch("the list of calls to apply to");
        _click(byId(Button.class, "start-call-" + call));
        _get(ApplicationWizardView.class);
        return authorities.as(applicant, () -> submissions.myApplications()).getFirst().id();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_applicant_with_the_english_interface_completes_the_seven_steps_and_submits_seeing_no_dutch() throws Exception {
        long id = start();
        assertThat(byId(Button.class, "wizard-next").getText()).isEqualTo("Next step");
        assertNoDutch("step 1");

        _click(byId(Button.class, "wizard-next"));
        assertThat(byId(Select.class, "wizard-facilityType").getLabel()).isEqualTo("Kind of facility");
        ((Select<FacilityType>) byId(Select.class, "wizard-facilityType")).setValue(FacilityType.COMMUNITY_CENTRE);
        byId(TextField.class, "wizard-facilityName").setValue("Harbour House");
        byId(TextField.class, "wizard-facilityStreet").setValue("Harbour Square 2");
        TextField postcode = byId(TextField.class, "wizard-facilityPostcode");
        postcode.setValue("80111");
        assertThat(postcode.getErrorMessage()).isEqualTo("Enter a postcode such as 1234 AB");
        assertNoDutch("step 2 with a wrong postcode");
        postcode.setValue("8011 CD");
        byId(TextField.class, "wizard-facilityCity").setValue("Zwolle");
        ComboBox<Municipality> municipality = byId(ComboBox.class, "wizard-facilityMunicipality");
        municipality.setValue(municipality.getListDataView().getItems().filter(m -> m.code().equals("GM0193")).findFirst().orElseThrow());
        ((RadioButtonGroup<KindOfWork>) byId(RadioButtonGroup.class, "wizard-kindOfWork")).setValue(KindOfWork.KEEP_OPEN);
        assertNoDutch("step 2");

        _click(byId(Button.class, "wizard-next"));
        byId(TextField.class, "wizard-title").setValue("Harbour House stays open");
        byId(TextArea.class, "wizard-description").setValue("The centre stays open five days a week.");
        byId(TextArea.class, "wizard-targetGroups").setValue("Elderly people");
        Typing.type(byId(WholeNumberField.class, "wizard-expectedVisitors"), "eighty");
        assertThat(byId(WholeNumberField.class, "wizard-expectedVisitors").isInvalid()).isTrue();
        assertNoDutch("step 3 with visitors that are no number");
        byId(WholeNumberField.class, "wizard-expectedVisitors").setValue(80);
        byId(TextArea.class, "wizard-activities").setValue("Coffee mornings, cooking together");
        DatePicker startDate = byId(DatePicker.class, "wizard-startDate");
        assertThat(startDate.getPlaceholder()).isEqualTo("dd/mm/yyyy");
        startDate.setValue(LocalDate.of(2027, 1, 1));
        byId(DatePicker.class, "wizard-endDate").setValue(LocalDate.of(2027, 12, 31));
        assertNoDutch("step 3");

        _click(byId(Button.class, "wizard-next"));
        _click(byId(Button.class, "costLines-add"));
        ((Select<CostCategory>) _find(Select.class, spec -> spec.withLabel("Kind of cost")).getLast()).setValue(CostCategory.OPERATING);
        DecimalField cost = _find(DecimalField.class, spec -> spec.withLabel("Amount")).getLast();
        Typing.type(cost, "12k500");
        assertThat(cost.getErrorMessage()).doesNotContain("getal").isNotBlank();
        assertNoDutch("step 4 with an amount that is no number");
        cost.setValue(new BigDecimal("60000"));
        assertNoDutch("step 4");

        _click(byId(Button.class, "wizard-next"));
        line(FundingSource.GRANT, "30000");
        assertThat(byId(Span.class, "plan-balance").getText()).isEqualTo("€30,000.00 is missing to cover the costs");
        line(FundingSource.MUNICIPALITY, "18000");
        line(FundingSource.OWN_FUNDS, "12000");
        assertThat(byId(Span.class, "plan-balance").getText()).isEqualTo("The plan balances: costs = grant + co-financing");
        assertNoDutch("step 5");

        _click(byId(Button.class, "wizard-next"));
        _get(AttachmentsPanel.class);
        assertNoDutch("step 6 before uploading");
        authorities.as(applicant, () -> requiredAttachments.addTo(id));

        _click(byId(Button.class, "wizard-step-7"));
        assertThat(_find(Button.class, spec -> spec.withId("wizard-submit"))).as("nothing is missing").hasSize(1);
        assertNoDutch("step 7, the summary");
        _click(byId(Button.class, "wizard-submit"));
        ConfirmDialog declaration = _get(ConfirmDialog.class);
        assertThat(declaration.getElement().getProperty("message")).startsWith("By submitting, you declare");
        assertNoDutch("the declaration");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(declaration);

        _get(ApplicationDetailView.class);
        assertThat(authorities.as(applicant, () -> submissions.detail(id)).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(byId(Span.class, "application-status").getText()).isEqualTo("Submitted");
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Your application has been submitted with reference GF-"));
        assertNoDutch("the application after submitting");

        navigate("applications/" + id + "/submitted");
        _get(SubmittedApplicationView.class);
        assertNoDutch("the application as submitted");
        // grouped per step under its heading, each a list of label and value: no "question?:" labels
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("summary-step"))).hasSize(6);
        assertThat(_find(com.vaadin.flow.component.html.DescriptionList.class, spec -> spec.withClasses("summary-fields")))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(ShownTexts.ofCurrentUi()).contains("What will you do?\nKeep the facility open").doesNotContain("?:");
    }

    @Test
    void the_last_step_names_what_is_missing_in_english_and_the_field_says_it_too() throws Exception {
        start();
        _click(byId(Button.class, "wizard-step-7"));
        assertNoDutch("step 7 with everything missing");
        _click(_find(Button.class, spec -> spec.withText("Go to step 3")).getFirst());
        TextField title = byId(TextField.class, "wizard-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the project a title");
        assertNoDutch("step 3 marked by the last step");
    }

    @Test
    void a_start_date_marked_as_missing_and_then_typed_wrongly_says_it_cannot_be_read_and_keeps_the_text() throws Exception {
        start();
        _click(byId(Button.class, "wizard-step-7"));
        // the last step's line "Enter the start date" and its button
        HorizontalLayout line = _get(HorizontalLayout.class, spec -> spec.withClasses("submit-problem")
                .withPredicate(row -> _find(row, Span.class, text -> text.withText("Enter the start date")).size() == 1));
        _click(_get(line, Button.class));
        DatePicker startDate = byId(DatePicker.class, "wizard-startDate");
        assertThat(startDate.getErrorMessage()).isEqualTo("Enter the start date");

        DateTyping.typeUnreadable(startDate, "1 Jann 2027");
        assertThat(startDate.isInvalid()).isTrue();
        assertThat(startDate.getErrorMessage()).as("not the earlier \"Enter the start date\"")
                .isEqualTo("This date cannot be read; write it as dd/mm/yyyy.");

        // a date typed over a date that was read: the step's "a change takes the message away" does not hide it
        startDate.setValue(LocalDate.of(2027, 1, 1));
        DateTyping.typeUnreadable(startDate, "31/02/2027");
        assertThat(startDate.isInvalid()).isTrue();
        assertThat(startDate.getErrorMessage()).isEqualTo("This date cannot be read; write it as dd/mm/yyyy.");
        assertThat(DateTyping.shownText(startDate)).isEqualTo("31/02/2027");
        assertNoDutch("step 3 with a start date that is no date");
    }

    @SuppressWarnings("unchecked")
    private void line(FundingSource source, String amount) {
        _click(byId(Button.class, "financingLines-add"));
        ((Select<FundingSource>) _find(Select.class, spec -> spec.withLabel("Source")).getLast()).setValue(source);
        _find(DecimalField.class, spec -> spec.withLabel("Amount")).getLast().setValue(new BigDecimal(amount));
    }
}
