package nl.gemeenschapsfonds.report.ui;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import nl.gemeenschapsfonds.base.ui.DecimalField;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.cofinancing.PledgeForm;
import nl.gemeenschapsfonds.cofinancing.PledgeKind;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.report.Grants;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.report.ReportStatus;
import nl.gemeenschapsfonds.review.IntakeService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's report form: saved as typed, problems at their field with the input kept, submitted once complete. */
class ReportFormViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired PledgeService pledges;
    @Autowired IntakeService intake;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    private String applicant;
    private long applicationId;
    private ObligationItem report;

    @BeforeEach
    void aGrantWithAFinalReportDue() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Formulier");
        long call = grants.openCall(staff, null, null, null);
        applicant = authorities.newApplicant("Buurthuis Het Anker");
        applicationId = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        report = authorities.as(applicant, () -> reports.myObligations(applicationId)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow();
    }

    private void open() {
        navigate("applications/" + applicationId + "/reports/" + report.id());
    }

    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @Test
    void what_the_applicant_types_is_saved_at_once_and_is_there_when_they_come_back() {
        login(applicant);
        open();
        field(TextArea.class, "report-activities").setValue("Elke dinsdag samen koken");
        field(DecimalField.class, "report-spent-0").setValue(new BigDecimal("12500.50"));
        assertThat(field(Span.class, "report-saved").getText()).isEqualTo("Alles is bewaard");

        navigate("applications");
        open();

        assertThat(field(TextArea.class, "report-activities").getValue()).isEqualTo("Elke dinsdag samen koken");
        assertThat(field(DecimalField.class, "report-spent-0").getValue()).isEqualByComparingTo("12500.50");
    }

    @Test
    void an_amount_spent_that_is_no_number_is_refused_at_the_field_and_kept_also_after_submitting() {
        login(applicant);
        open();
        DecimalField spent = field(DecimalField.class, "report-spent-0");
        nl.gemeenschapsfonds.test.Typing.type(spent, "12k500");
        assertThat(spent.isInvalid()).isTrue();
        assertThat(spent.getErrorMessage()).isEqualTo("Vul een getal in met alleen cijfers, zoals 12500 of 12.500,50");
        ButtonKt._click(field(Button.class, "report-submit"));
        spent = field(DecimalField.class, "report-spent-0");
        assertThat(spent.getText()).isEqualTo("12k500");
        assertThat(spent.isInvalid()).isTrue();
        assertThat(spent.getErrorMessage()).isEqualTo("Vul een getal in met alleen cijfers, zoals 12500 of 12.500,50");
        WholeNumberField visitors = field(WholeNumberField.class, "report-visitorsPerWeek");
        nl.gemeenschapsfonds.test.Typing.type(visitors, "ongeveer 40");
        assertThat(visitors.isInvalid()).isTrue();
        assertThat(visitors.getErrorMessage()).isEqualTo("Vul een heel getal in met alleen cijfers, zoals 25");
        assertThat(visitors.getText()).isEqualTo("ongeveer 40");
    }

    @Test
    void problems_are_shown_at_their_field_and_nothing_typed_is_lost_until_the_report_is_submitted() throws Exception {
        login(applicant);
        open();
        field(TextArea.class, "report-activities").setValue("Koffieochtenden en een moestuin");
        DecimalField spent = field(DecimalField.class, "report-spent-0");
        spent.setValue(new BigDecimal("-5"));
        assertThat(spent.isInvalid()).isTrue();
        assertThat(spent.getErrorMessage()).isEqualTo("Vul een bedrag van nul of meer in");

        spent.setValue(new BigDecimal("18000"));
        ButtonKt._click(field(Button.class, "report-submit"));
        WholeNumberField visitors = field(WholeNumberField.class, "report-visitorsPerWeek");
        TextArea loneliness = field(TextArea.class, "report-lonelinessChange");
        assertThat(visitors.isInvalid()).isTrue();
        assertThat(visitors.getErrorMessage()).isEqualTo("Vul het aantal bezoekers per week in");
        assertThat(loneliness.isInvalid()).isTrue();
        assertThat(field(TextArea.class, "report-activities").getValue()).isEqualTo("Koffieochtenden en een moestuin");
        assertThat(spent.getValue()).isEqualByComparingTo("18000");
        assertThat(spent.isInvalid()).isFalse();

        visitors.setValue(75);
        loneliness.setValue("Nieuwe bewoners vinden elkaar");
        ButtonKt._click(field(Button.class, "report-submit"));

        assertThat(notificationTexts()).contains("Uw verslag is ingediend");
        assertThat(field(Span.class, "report-status").getText()).isEqualTo("Ingediend");
        assertThat(field(TextArea.class, "report-activities").isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("report-submit"))).isEmpty();
        assertThat(authorities.as(applicant, () -> reports.myReport(report.id())).obligation().status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void the_applicant_sees_the_report_and_its_deadline_on_the_application_page() {
        login(applicant);
        navigate("applications/" + applicationId);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("report-" + report.id())).getElement().getText()
                + _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("report-" + report.id())).getChildren()
                .map(c -> c.getElement().getTextRecursively()).reduce("", String::concat))
                .contains("Eindverslag, uiterlijk 31-03-2028");
        ButtonKt._click(field(Button.class, "report-open-" + report.id()));
        assertThat(_find(ReportFormView.class)).hasSize(1);
    }

    @Test
    void an_uploaded_invoice_is_listed_and_a_file_that_is_not_a_pdf_or_image_is_refused() {
        login(applicant);
        open();
        com.vaadin.flow.component.upload.Upload upload = field(com.vaadin.flow.component.upload.Upload.class, "report-upload");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "factuur keuken.pdf", "application/pdf",
                "%PDF-1.4 factuur".getBytes());
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        assertThat(field(com.vaadin.flow.component.html.Div.class, "report-attachments").getElement().getTextRecursively())
                .contains("Facturen: factuur keuken.pdf");

        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "virus.pdf", "application/pdf", "MZ program".getBytes());
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        assertThat(notificationTexts()).contains("Alleen PDF, JPEG of PNG");
        assertThat(field(com.vaadin.flow.component.html.Div.class, "report-attachments").getElement().getTextRecursively())
                .doesNotContain("virus");

        // walk24: a file the browser refuses itself (here its type) never reaches the server; it is named all the same
        com.vaadin.flow.component.ComponentUtil.fireEvent(upload, new com.vaadin.flow.component.upload.FileRejectedEvent(
                upload, upload.getI18n().getError().getIncorrectFileType(), "bonnetjes.zip"));
        assertThat(notificationTexts()).contains("bonnetjes.zip is niet toegevoegd. "
                + "Dit soort bestand is niet toegestaan. Toegestaan zijn: PDF, JPG, PNG.");
    }

    @Test
    void after_a_failed_submit_what_is_typed_next_is_still_saved_and_there_after_coming_back() throws Exception {
        login(applicant);
        open();
        ButtonKt._click(field(Button.class, "report-submit"));
        assertThat(field(WholeNumberField.class, "report-visitorsPerWeek").isInvalid()).isTrue();
        assertThat(field(DecimalField.class, "report-spent-0").isInvalid()).isTrue();
        assertThat(field(TextArea.class, "report-activities").isInvalid()).as("marked by the refused submit").isTrue();

        field(TextArea.class, "report-activities").setValue("Welke activiteiten: elke week een soepmiddag");
        assertThat(field(TextArea.class, "report-activities").isInvalid()).as("put right by typing: no longer red").isFalse();
        ButtonKt._click(field(Button.class, "report-save"));
        assertThat(notificationTexts()).contains("Bewaard");
        assertThat(field(Span.class, "report-saved").getText()).isEqualTo("Alles is bewaard");

        navigate("applications/" + applicationId);
        open();
        assertThat(field(TextArea.class, "report-activities").getValue()).isEqualTo("Welke activiteiten: elke week een soepmiddag");
        assertThat(authorities.as(applicant, () -> reports.myReport(report.id())).content().activities())
                .isEqualTo("Welke activiteiten: elke week een soepmiddag");
    }

    @Test
    void a_refused_amount_keeps_its_message_while_everything_else_typed_is_saved() throws Exception {
        login(applicant);
        open();
        DecimalField spent = field(DecimalField.class, "report-spent-0");
        spent.setValue(new BigDecimal("-5"));
        field(TextArea.class, "report-lonelinessChange").setValue("Mensen kennen elkaar nu bij naam");

        assertThat(spent.isInvalid()).isTrue();
        assertThat(spent.getValue()).isEqualByComparingTo("-5");
        assertThat(field(Span.class, "report-saved").getText()).startsWith("Bewaard, behalve het rode veld");
        var saved = authorities.as(applicant, () -> reports.myReport(report.id())).content();
        assertThat(saved.lonelinessChange()).isEqualTo("Mensen kennen elkaar nu bij naam");
        assertThat(saved.spent().get(0)).isNull();
    }

    @Test
    void a_number_the_browser_cannot_read_is_not_saved_as_empty_but_the_rest_is() throws Exception {
        login(applicant);
        open();
        WholeNumberField visitors = field(WholeNumberField.class, "report-visitorsPerWeek");
        visitors.setValue(75);
        // "75x" is not a number: the field keeps the text, says so, and its value is empty
        nl.gemeenschapsfonds.test.Typing.type(visitors, "75x");
        assertThat(visitors.getValue()).isNull();
        assertThat(visitors.isInvalid()).isTrue();

        field(TextArea.class, "report-activities").setValue("Een moestuin met de school");

        var saved = authorities.as(applicant, () -> reports.myReport(report.id())).content();
        assertThat(saved.activities()).isEqualTo("Een moestuin met de school");
        assertThat(saved.visitorsPerWeek()).as("the last readable value, not empty").isEqualTo(75);
        assertThat(field(Span.class, "report-saved").getText()).startsWith("Bewaard, behalve het rode veld");
        ButtonKt._click(field(Button.class, "report-submit"));
        assertThat(authorities.as(applicant, () -> reports.myReport(report.id())).obligation().status()).isEqualTo(ReportStatus.OPEN);
    }

    @Test
    void when_another_tab_saved_in_between_what_is_on_this_screen_is_saved_and_the_user_told() throws Exception {
        login(applicant);
        open();
        var other = authorities.as(applicant, () -> reports.myReport(report.id()));
        authorities.as(applicant, () -> reports.saveDraft(new nl.gemeenschapsfonds.report.ReportForm(report.id(),
                other.obligation().version(), "Uit het andere tabblad", null, null, Map.of(), java.util.List.of())));

        field(TextArea.class, "report-activities").setValue("Van dit scherm");

        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Dit verslag was intussen ook ergens anders gewijzigd"));
        assertThat(authorities.as(applicant, () -> reports.myReport(report.id())).content().activities()).isEqualTo("Van dit scherm");
        field(TextArea.class, "report-lonelinessChange").setValue("En dit ook");
        assertThat(authorities.as(applicant, () -> reports.myReport(report.id())).content().lonelinessChange()).isEqualTo("En dit ook");
    }

    @Test
    void another_organisation_finds_no_report() {
        login(authorities.newApplicant("Andere Vereniging"));
        open();
        assertThat(_find(ReportFormView.class)).isEmpty();
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    void a_pledge_that_arrived_is_saved_as_typed_and_a_refused_receipt_keeps_its_date_and_amount() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Ontvangst");
        long call = grants.openCall(staff, null, null, null);
        String organisation = authorities.newApplicant("Vereniging Ontvangst");
        long id = applications.submittedSeekingCoFinancing(organisation, call, Map.of(2027, amount("20000")), amount("2000"));
        String funder = newFunder();
        long pledge = authorities.as(funder, () -> pledges.pledge(new PledgeForm(id, 2027, amount("2000"), PledgeKind.CASH, null, null)));
        long version = authorities.as(funder, () -> pledges.myPledges()).stream().filter(p -> p.id() == pledge).findFirst()
                .orElseThrow().version();
        authorities.as(funder, () -> pledges.confirm(pledge, version, null));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(id));
        applications.assess(staff, id, 8);
        applications.decide(staff, id, new java.util.TreeMap<>(Map.of(2027, amount("20000"))));
        long reportId = authorities.as(organisation, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow().id();
        login(organisation);
        navigate("applications/" + id + "/reports/" + reportId);

        field(DecimalField.class, "report-pledge-amount-" + pledge).setValue(new BigDecimal("1800"));
        ButtonKt._click(field(Button.class, "report-submit"));

        DecimalField received = field(DecimalField.class, "report-pledge-amount-" + pledge);
        assertThat(received.isInvalid()).isTrue();
        assertThat(received.getErrorMessage()).isEqualTo("Vul datum en bedrag allebei in, of allebei niet");
        assertThat(received.getValue()).isEqualByComparingTo("1800");
        assertThat(authorities.as(organisation, () -> reports.myReport(reportId)).content().receipts())
                .singleElement().satisfies(receipt -> {
                    assertThat(receipt.amount()).isEqualByComparingTo("1800");
                    assertThat(receipt.receivedOn()).isNull();
                });

        field(DatePicker.class, "report-pledge-date-" + pledge).setValue(LocalDate.of(2027, 3, 1));
        navigate("applications");
        navigate("applications/" + id + "/reports/" + reportId);
        assertThat(field(DatePicker.class, "report-pledge-date-" + pledge).getValue()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(field(DecimalField.class, "report-pledge-amount-" + pledge).getValue()).isEqualByComparingTo("1800");
    }

    private String newFunder() {
        String key = java.util.UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'FOUNDATION') returning id").param("Stichting " + key)
                .query(Long.class).single();
        String email = "funder-" + key + "@test.example";
        accounts.create(email, "Financier " + key, "a-long-enough-password", Role.FUNDER, null, null, funderId);
        return email;
    }
}
