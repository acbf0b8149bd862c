package nl.gemeenschapsfonds.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.Municipalities.Municipality;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.CallData;
import nl.gemeenschapsfonds.fund.CallService;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.fund.FundData;
import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.submission.CostCategory;
import nl.gemeenschapsfonds.submission.FundingSource;
import nl.gemeenschapsfonds.submission.KindOfWork;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
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

/** The wizard as an applicant goes through it. */
class ApplicationWizardViewTest extends KaribuViewTest {

    @Autowired
    TestAuthorities authorities;

    @Autowired
    nl.gemeenschapsfonds.test.RequiredAttachments requiredAttachments;

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
    void openCallAndApplicant() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        Staff staff = authorities.newAuthority("Gemeente Wizardtest");
        long fund = authorities.as(staff.admin(), () -> funds.save(new FundData(null, 0, "Fonds", null,
                new TreeMap<>(Map.of(2027, new BigDecimal("1000000"))))));
        call = authorities.as(staff.admin(), () -> {
            long id = calls.save(new CallData(null, 0, fund, null, "Wizardregeling", "Wizard call", "Voor buurthuizen", "For centres",
                    EnumSet.of(FacilityType.COMMUNITY_CENTRE), today.minusDays(1), today.plusDays(30), false,
                    AllocationMethod.FIRST_COME, new BigDecimal("100000"), new BigDecimal("20"), new BigDecimal("50"), null,
                    false, 8, 6, new TreeMap<>(Map.of(2027, new BigDecimal("500000"))), List.of()));
            calls.publish(id);
            return id;
        });
        applicant = authorities.newApplicant("Vereniging Wizardhuis");
        login(applicant);
    }

    private <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private long startFromTheListOfCalls() throws Exception {
        navigate("applications/new");
        _click(byId(Button.class, "start-call-" + call));
        _get(ApplicationWizardView.class);
        return authorities.as(applicant, () -> submissions.myApplications()).getFirst().id();
    }

    @SuppressWarnings("unchecked")
    private void fillFacilityAndProject() {
        _click(byId(Button.class, "wizard-step-2"));
        ((Select<FacilityType>) byId(Select.class, "wizard-facilityType")).setValue(FacilityType.COMMUNITY_CENTRE);
        byId(TextField.class, "wizard-facilityName").setValue("Buurthuis De Kern");
        byId(TextField.class, "wizard-facilityStreet").setValue("Kerkplein 2");
        byId(TextField.class, "wizard-facilityPostcode").setValue("8011 CD");
        byId(TextField.class, "wizard-facilityCity").setValue("Zwolle");
        ComboBox<Municipality> municipality = byId(ComboBox.class, "wizard-facilityMunicipality");
        municipality.setValue(municipality.getListDataView().getItems().filter(m -> m.code().equals("GM0193")).findFirst().orElseThrow());
        ((RadioButtonGroup<KindOfWork>) byId(RadioButtonGroup.class, "wizard-kindOfWork")).setValue(KindOfWork.KEEP_OPEN);
        _click(byId(Button.class, "wizard-next"));
        byId(TextField.class, "wizard-title").setValue("De Kern blijft open");
        byId(TextArea.class, "wizard-description").setValue("Het buurthuis blijft vijf dagen per week open.");
        byId(TextArea.class, "wizard-targetGroups").setValue("Ouderen");
        byId(WholeNumberField.class, "wizard-expectedVisitors").setValue(80);
        byId(TextArea.class, "wizard-activities").setValue("Koffieochtend, samen eten");
        byId(DatePicker.class, "wizard-startDate").setValue(LocalDate.of(2027, 1, 1));
        byId(DatePicker.class, "wizard-endDate").setValue(LocalDate.of(2027, 12, 31));
    }

    @SuppressWarnings("unchecked")
    private void line(String editor, Enum<?> kind, String amount) {
        _click(byId(Button.class, editor + "-add"));
        ((Select<Enum<?>>) _find(Select.class, spec -> spec.withLabel(editor.equals("costLines") ? "Soort kosten" : "Bron")).getLast())
                .setValue(kind);
        _find(DecimalField.class, spec -> spec.withLabel("Bedrag")).getLast().setValue(new BigDecimal(amount));
    }

    @Test
    void an_applicant_fills_every_step_sees_the_plan_balance_and_submits() throws Exception {
        long id = startFromTheListOfCalls();
        fillFacilityAndProject();
        _click(byId(Button.class, "wizard-next"));
        line("costLines", CostCategory.OPERATING, "60000");
        _click(byId(Button.class, "wizard-next"));
        line("financingLines", FundingSource.GRANT, "30000");
        assertThat(byId(Span.class, "plan-balance").getText()).isEqualTo("Er ontbreekt € 30.000,00 om de kosten te dekken");
        line("financingLines", FundingSource.MUNICIPALITY, "18000");
        line("financingLines", FundingSource.OWN_FUNDS, "12000");
        assertThat(byId(Span.class, "plan-balance").getText()).isEqualTo("Het plan sluit: kosten = subsidie + cofinanciering");
        assertThat(_find(Span.class, spec -> spec.withClasses("rule-not-met"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withClasses("rule-met"))).extracting(Span::getText)
                .contains("Voldaan: private cofinanciering (telt mee: private financiers, eigen middelen en in natura) € 12.000,00, minimaal € 12.000,00");

        _click(byId(Button.class, "wizard-step-6"));
        _get(AttachmentsPanel.class);
        authorities.as(applicant, () -> requiredAttachments.addTo(id));
        _click(byId(Button.class, "wizard-step-7"));
        assertThat(authorities.as(applicant, () -> submissions.draft(id)).facilityName()).as("saved on leaving a step")
                .isEqualTo("Buurthuis De Kern");
        // step 7 shows every step with a link to change it
        String summary = byId(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, "application-summary").getElement()
                .getTextRecursively();
        assertThat(summary).contains("Buurthuis De Kern", "De Kern blijft open", "Exploitatie", "€ 60.000,00", "Totale dekking: € 60.000,00");
        _click(byId(Button.class, "summary-edit-3"));
        assertThat(byId(TextField.class, "wizard-title").isVisible()).isTrue();
        _click(byId(Button.class, "wizard-step-7"));
        // submitting asks to confirm the declaration first; cancelling submits nothing
        _click(byId(Button.class, "wizard-submit"));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog declaration = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(declaration.getElement().getProperty("message")).contains("naar waarheid");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(declaration);
        assertThat(authorities.as(applicant, () -> submissions.detail(id)).status())
                .isEqualTo(nl.gemeenschapsfonds.submission.ApplicationStatus.DRAFT);
        _click(byId(Button.class, "wizard-submit"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).getLast());

        _get(ApplicationDetailView.class);
        assertThat(byId(Span.class, "application-status").getText()).isEqualTo("Ingediend");
        String due = Formats.date(LocalDate.ofInstant(clock.instant(), Formats.ZONE).plusWeeks(8), getLocaleNl());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("application-now")).getText())
                .isEqualTo("Wij beoordelen uw aanvraag — uiterlijk " + due + " beslissen wij.");
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Uw aanvraag is ingediend met kenmerk GF-"));
    }

    @Test
    void the_review_step_lists_what_is_missing_and_takes_the_applicant_to_the_field() throws Exception {
        startFromTheListOfCalls();
        _click(byId(Button.class, "wizard-step-7"));
        assertThat(_find(Button.class, spec -> spec.withText("Naar stap 3"))).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("wizard-submit"))).isEmpty();
        _click(_find(Button.class, spec -> spec.withText("Naar stap 3")).getFirst());
        TextField title = byId(TextField.class, "wizard-title");
        assertThat(title.isVisible()).isTrue();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Geef het project een titel");
    }

    @Test
    void an_end_date_before_the_start_is_named_on_the_review_step_as_such_not_as_missing() throws Exception {
        // walk24: the review checked the stored draft, which the refused end date never reached, and said "Vul de
        // einddatum in" next to a field showing the date; "Naar stap 3" then put that message at the filled field
        startFromTheListOfCalls();
        fillFacilityAndProject();
        byId(DatePicker.class, "wizard-startDate").setValue(LocalDate.of(2027, 6, 1));
        byId(DatePicker.class, "wizard-endDate").setValue(LocalDate.of(2027, 3, 1));
        _click(byId(Button.class, "wizard-step-7"));

        List<com.vaadin.flow.component.orderedlayout.HorizontalLayout> rows = _find(
                com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, spec -> spec.withClasses("submit-problem"));
        assertThat(rows).extracting(row -> row.getElement().getTextRecursively())
                .contains("De einddatum ligt voor de startdatumNaar stap 3")
                .noneMatch(text -> text.startsWith("Vul de einddatum in") || text.startsWith("Vul de startdatum in"));
        assertThat(_find(Button.class, spec -> spec.withId("wizard-submit"))).isEmpty();

        _click(_get(rows.stream().filter(row -> row.getElement().getTextRecursively().startsWith("De einddatum"))
                .findFirst().orElseThrow(), Button.class));
        DatePicker end = byId(DatePicker.class, "wizard-endDate");
        assertThat(end.getValue()).as("what was typed stays").isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("De einddatum ligt voor de startdatum");
    }

    @Test
    void what_was_typed_is_there_again_after_closing_and_reopening() throws Exception {
        long id = startFromTheListOfCalls();
        fillFacilityAndProject();
        _click(byId(Button.class, "wizard-save-close"));
        _get(ApplicationDetailView.class);
        navigate("applications/" + id + "/edit?step=3");
        assertThat(byId(TextField.class, "wizard-title").getValue()).isEqualTo("De Kern blijft open");
        assertThat(byId(WholeNumberField.class, "wizard-expectedVisitors").getValue()).isEqualTo(80);
        navigate("applications/" + id + "/edit?step=2");
        assertThat(byId(TextField.class, "wizard-facilityPostcode").getValue()).isEqualTo("8011 CD");
        // an edited link with a step that is no number opens the wizard, not the error page
        navigate("applications/" + id + "/edit?step=abc");
        assertThat(_find(nl.gemeenschapsfonds.base.ui.ErrorView.class)).isEmpty();
        assertThat(_find(ApplicationWizardView.class)).hasSize(1);
    }

    @Test
    void a_save_refused_for_one_field_still_saves_everything_else_and_never_drops_a_marked_value() throws Exception {
        long id = startFromTheListOfCalls();
        fillFacilityAndProject();
        _click(byId(Button.class, "wizard-next"));
        _click(byId(Button.class, "wizard-previous"));

        byId(TextField.class, "wizard-title").setValue("De Kern blijft langer open");
        byId(DatePicker.class, "wizard-startDate").setValue(LocalDate.of(2028, 2, 1));
        _click(byId(Button.class, "wizard-next"));

        var saved = authorities.as(applicant, () -> submissions.draft(id));
        assertThat(saved.title()).isEqualTo("De Kern blijft langer open");
        assertThat(saved.endDate()).isEqualTo(LocalDate.of(2027, 12, 31));

        // the marked end date is not saved as empty when something else is typed
        _click(byId(Button.class, "wizard-previous"));
        assertThat(byId(DatePicker.class, "wizard-endDate").isInvalid()).isTrue();
        byId(TextArea.class, "wizard-partners").setValue("De bibliotheek");
        _click(byId(Button.class, "wizard-next"));
        saved = authorities.as(applicant, () -> submissions.draft(id));
        assertThat(saved.partners()).isEqualTo("De bibliotheek");
        assertThat(saved.endDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(saved.startDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        _click(byId(Button.class, "wizard-previous"));
        assertThat(byId(DatePicker.class, "wizard-startDate").getValue()).as("still as typed").isEqualTo(LocalDate.of(2028, 2, 1));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void when_another_tab_saved_in_between_what_is_on_this_screen_is_still_saved_and_the_user_told() throws Exception {
        long id = startFromTheListOfCalls();
        fillFacilityAndProject();
        // another tab saves the draft meanwhile
        jdbc.sql("update grant_application set version = version + 1 where id = ?").param(id).update();

        _click(byId(Button.class, "wizard-next"));

        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Deze aanvraag was intussen ook ergens anders gewijzigd"));
        var saved = authorities.as(applicant, () -> submissions.draft(id));
        assertThat(saved.title()).isEqualTo("De Kern blijft open");
        assertThat(saved.expectedVisitorsPerWeek()).isEqualTo(80);
    }

    @Test
    void text_typed_reaches_the_server_while_typing_and_the_timer_saves_it_without_leaving_the_field() throws Exception {
        long id = startFromTheListOfCalls();
        _click(byId(Button.class, "wizard-next"));
        TextField name = byId(TextField.class, "wizard-facilityName");
        assertThat(name.getValueChangeMode()).as("sent while typing, not on leaving the field")
                .isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        assertThat(byId(TextField.class, "wizard-facilityPostcode").getValueChangeMode())
                .isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        _click(byId(Button.class, "wizard-next"));
        assertThat(byId(TextArea.class, "wizard-description").getValueChangeMode())
                .isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        nl.gemeenschapsfonds.test.Typing.typeAsBrowser(byId(TextArea.class, "wizard-description"), "Half getypt");
        // the 30-second timer fires while the cursor is still in the field
        com.vaadin.flow.component.ComponentUtil.fireEvent(com.vaadin.flow.component.UI.getCurrent(),
                new com.vaadin.flow.component.PollEvent(com.vaadin.flow.component.UI.getCurrent(), true));
        assertThat(authorities.as(applicant, () -> submissions.draft(id)).description()).isEqualTo("Half getypt");
    }

    @Test
    void a_half_typed_postcode_is_checked_when_the_applicant_leaves_the_field() throws Exception {
        startFromTheListOfCalls();
        _click(byId(Button.class, "wizard-step-2"));
        TextField postcode = byId(TextField.class, "wizard-facilityPostcode");
        nl.gemeenschapsfonds.test.Typing.typeAsBrowser(postcode, "801");
        assertThat(postcode.getValue()).isEqualTo("801");
        assertThat(postcode.isInvalid()).as("no message while typing").isFalse();
        com.vaadin.flow.component.ComponentUtil.fireEvent(postcode,
                new com.vaadin.flow.component.BlurNotifier.BlurEvent<>(postcode, true));
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("Vul een postcode in zoals 1234 AB");
        assertThat(postcode.getValue()).isEqualTo("801");
    }

    @Test
    void a_wrong_postcode_is_reported_at_the_field_and_kept() throws Exception {
        startFromTheListOfCalls();
        _click(byId(Button.class, "wizard-step-2"));
        TextField postcode = byId(TextField.class, "wizard-facilityPostcode");
        postcode.setValue("80111");
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("Vul een postcode in zoals 1234 AB");
        _click(byId(Button.class, "wizard-next"));
        _click(byId(Button.class, "wizard-previous"));
        assertThat(byId(TextField.class, "wizard-facilityPostcode").getValue()).isEqualTo("80111");
    }

    @Test
    void an_amount_that_is_no_number_is_refused_at_the_field_and_what_was_typed_stays() throws Exception {
        startFromTheListOfCalls();
        fillFacilityAndProject();
        _click(byId(Button.class, "wizard-next"));
        _click(byId(Button.class, "costLines-add"));
        DecimalField amount = _find(DecimalField.class, spec -> spec.withLabel("Bedrag")).getLast();
        nl.gemeenschapsfonds.test.Typing.type(amount, "12k500");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Vul een getal in met alleen cijfers, zoals 12500 of 12.500,50");
        assertThat(amount.getText()).as("nothing typed is lost").isEqualTo("12k500");
        assertThat(amount.getValue()).as("not read as 12500").isNull();
        nl.gemeenschapsfonds.test.Typing.type(amount, "abc");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getText()).isEqualTo("abc");
        nl.gemeenschapsfonds.test.Typing.type(amount, "12.500,50");
        assertThat(amount.isInvalid()).isFalse();
        assertThat(amount.getValue()).isEqualByComparingTo("12500.50");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_volunteer_hours_line_shows_hours_times_rate_as_its_amount() throws Exception {
        startFromTheListOfCalls();
        fillFacilityAndProject();
        _click(byId(Button.class, "wizard-next"));
        _click(byId(Button.class, "wizard-next"));
        _click(byId(Button.class, "financingLines-add"));
        ((Select<FundingSource>) _find(Select.class, spec -> spec.withLabel("Bron")).getLast()).setValue(FundingSource.IN_KIND);
        nl.gemeenschapsfonds.test.Typing.type(_find(DecimalField.class, spec -> spec.withLabel("Uren")).getLast(), "400");
        nl.gemeenschapsfonds.test.Typing.type(_find(DecimalField.class, spec -> spec.withLabel("Uurtarief")).getLast(), "25");
        DecimalField amount = _find(DecimalField.class, spec -> spec.withLabel("Bedrag")).getLast();
        assertThat(amount.getValue()).isEqualByComparingTo("10000");
        assertThat(amount.getText()).isEqualTo("10.000");
        assertThat(amount.isReadOnly()).isTrue();
    }

    @Test
    void another_organisations_application_is_not_found() throws Exception {
        long id = startFromTheListOfCalls();
        login(authorities.newApplicant("Buren"));
        navigate("applications/" + id + "/edit");
        _get(NotFoundView.class);
        assertThat(_find(ApplicationWizardView.class)).isEmpty();
        navigate("applications/" + id);
        _get(NotFoundView.class);
    }

    private static java.util.Locale getLocaleNl() {
        return java.util.Locale.of("nl", "NL");
    }
}
