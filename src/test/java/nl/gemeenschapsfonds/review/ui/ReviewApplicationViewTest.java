package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.gemeenschapsfonds.base.ui.WholeNumberField;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.AccessDeniedView;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.fund.FacilityType;
import nl.gemeenschapsfonds.review.Recommendation;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.submission.ApplicationStatus;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.ReviewPageCases;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The reviewer and the decision maker at work, and what the applicant then sees. */
class ReviewApplicationViewTest extends KaribuViewTest {

    @Autowired TestAuthorities authorities;
    @Autowired ReviewPageCases cases;
    @Autowired JdbcClient jdbc;

    private Staff staff;
    private String applicant;
    private long application;

    @BeforeEach
    void submittedApplication() throws Exception {
        ReviewPageCases.Submitted submitted = cases.submitted("Schermtest", "Schermregeling", "Screen call",
                List.of(new Criterion("Bereik", "Reach", new BigDecimal("100"), 10)));
        staff = submitted.staff();
        applicant = submitted.applicant();
        application = submitted.application();
    }

    @SuppressWarnings("unchecked")
    private void assessAsReviewer() {
        login(staff.reviewer());
        navigate("review/" + application);
        _click(_get(Button.class, spec -> spec.withId("intake-complete")));
        _get(Checkbox.class, spec -> spec.withId("no-conflict")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("assessment-start")));
        _get(WholeNumberField.class, spec -> spec.withId("score-0")).setValue(9);
        ((RadioButtonGroup<Recommendation>) _get(RadioButtonGroup.class, spec -> spec.withId("recommendation")))
                .setValue(Recommendation.GRANT);
        _get(TextArea.class, spec -> spec.withId("assessment-motivation")).setValue("Goed voor het dorp");
        _click(_get(Button.class, spec -> spec.withId("assessment-complete")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_reviewer_finds_the_application_in_the_queue_and_opens_it() {
        login(staff.reviewer());
        navigate("work-queue");
        Grid<WorkQueueItem> grid = _get(Grid.class, spec -> spec.withId("work-queue-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).id()).isEqualTo(application);
        assertThat(_get(grid, 0).organisationName()).startsWith("Dorpswinkel Schermtest");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_status_and_facility_filters_narrow_the_queue_and_clearing_them_shows_all_again() {
        login(staff.reviewer());
        navigate("work-queue");
        Grid<WorkQueueItem> grid = _get(Grid.class, spec -> spec.withId("work-queue-grid"));
        _click(_get(Button.class, spec -> spec.withId("work-queue-filter-button")));
        ComboBox<ApplicationStatus> status = _get(ComboBox.class, spec -> spec.withId("filter-status"));
        ComboBox<FacilityType> facility = _get(ComboBox.class, spec -> spec.withId("filter-facility"));
        assertThat(status.getPlaceholder()).isEqualTo("Alle");
        assertThat(status.getListDataView().getItems()).contains(ApplicationStatus.SUBMITTED, ApplicationStatus.GRANTED)
                .doesNotContain(ApplicationStatus.DRAFT);

        status.setValue(ApplicationStatus.GRANTED);
        assertThat(_size(grid)).isZero();
        status.setValue(ApplicationStatus.SUBMITTED);
        assertThat(_size(grid)).isEqualTo(1);
        facility.setValue(FacilityType.COMMUNITY_CENTRE);
        assertThat(_size(grid)).isZero();
        facility.setValue(FacilityType.VILLAGE_SHOP);
        assertThat(_size(grid)).isEqualTo(1);
        status.clear();
        facility.clear();
        assertThat(_get(grid, 0).id()).isEqualTo(application);
    }

    @Test
    void a_score_above_the_maximum_and_a_missing_motivation_are_reported_at_their_fields_and_kept() {
        login(staff.reviewer());
        navigate("review/" + application);
        _click(_get(Button.class, spec -> spec.withId("intake-complete")));
        _click(_get(Button.class, spec -> spec.withId("assessment-start")));
        assertThat(_get(Checkbox.class, spec -> spec.withId("no-conflict")).isInvalid()).as("declaration required").isTrue();
        _get(Checkbox.class, spec -> spec.withId("no-conflict")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("assessment-start")));

        WholeNumberField score = _get(WholeNumberField.class, spec -> spec.withId("score-0"));
        score.setValue(11);
        _click(_get(Button.class, spec -> spec.withId("assessment-complete")));
        score = _get(WholeNumberField.class, spec -> spec.withId("score-0"));
        assertThat(score.isInvalid()).isTrue();
        assertThat(score.getErrorMessage()).isEqualTo("Geef een score van 0 tot en met 10");
        assertThat(score.getValue()).isEqualTo(11);
        TextArea motivation = _get(TextArea.class, spec -> spec.withId("assessment-motivation"));
        assertThat(motivation.isInvalid()).isTrue();
        assertThat(motivation.getErrorMessage()).isEqualTo("Motiveer het advies");
    }

    @Test
    void a_second_reviewer_saving_over_the_first_keeps_their_input_and_is_told() throws Exception {
        login(staff.reviewer());
        navigate("review/" + application);
        _click(_get(Button.class, spec -> spec.withId("intake-complete")));
        _get(Checkbox.class, spec -> spec.withId("no-conflict")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("assessment-start")));
        _get(TextArea.class, spec -> spec.withId("assessment-motivation")).setValue("Mijn tekst");
        // the same assessment saved meanwhile in another tab
        jdbc.sql("update assessment set version = version + 1 where application_id = ?").param(application).update();
        _click(_get(Button.class, spec -> spec.withId("assessment-save")));
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Iemand anders heeft dit intussen gewijzigd"));
        assertThat(_get(TextArea.class, spec -> spec.withId("assessment-motivation")).getValue()).isEqualTo("Mijn tekst");
    }

    @Test
    void the_decision_maker_grants_and_the_applicant_finds_the_letter_and_can_object() {
        assessAsReviewer();
        login(staff.decisionMaker());
        navigate("review/" + application);
        TextArea motivation = _get(TextArea.class, spec -> spec.withId("decision-motivation"));
        motivation.setValue("Past in de regeling");
        _click(_get(Button.class, spec -> spec.withId("decision-take")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, spec -> spec.withId("review-status")).getText()).isEqualTo("Verleend");
        _get(Anchor.class, spec -> spec.withId("review-letter"));

        login(applicant);
        navigate("applications/" + application);
        _get(Anchor.class, spec -> spec.withId("decision-letter"));
        assertThat(_get(Anchor.class, spec -> spec.withId("decision-object")).getHref())
                .isEqualTo("applications/" + application + "/objection");
    }

    @Test
    void the_page_is_for_the_authoritys_staff_only() throws Exception {
        logout();
        navigate("review/" + application);
        _get(LoginForm.class);

        login(applicant);
        navigate("review/" + application);
        _get(AccessDeniedView.class);
        assertThat(_find(nl.gemeenschapsfonds.base.ui.MainLayout.class)).as("the menu stays, the way back to one's own work")
                .hasSize(1);

        login(authorities.newAuthority("Gemeente Anders").reviewer());
        navigate("review/" + application);
        _get(NotFoundView.class);
        assertThat(_find(ReviewApplicationView.class)).isEmpty();
    }

    @Autowired nl.gemeenschapsfonds.submission.AttachmentService attachments;
    @Autowired nl.gemeenschapsfonds.cofinancing.PledgeService pledgeService;

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void intake_is_not_done_blind_the_reviewer_sees_every_attachment_the_project_dates_and_every_cost_and_financing_line()
            throws Exception {
        login(staff.reviewer());
        navigate("review/" + application);

        assertThat(text("review-period")).isEqualTo("Looptijd: 01-01-2027 t/m 31-12-2027");
        assertThat(text("review-cost-lines")).contains("Exploitatie (huur, energie)", "2027", "€ 40.000,00");
        assertThat(text("review-financing-lines")).contains("Subsidie uit dit fonds", "Eigen middelen", "€ 20.000,00");
        var files = authorities.as(staff.reviewer(), () -> attachments.listForStaff(application));
        assertThat(files).isNotEmpty();
        String table = text("review-attachments");
        for (var file : files) {
            Anchor link = _get(Anchor.class, spec -> spec.withId("review-attachment-" + file.id()));
            // the same door as the applicant's download: scope checked, always a download, nosniff, sandboxed
            assertThat(link.getHref()).isEqualTo(nl.gemeenschapsfonds.submission.AttachmentDownloadController.path(application, file.id()));
            assertThat(link.getText()).isEqualTo(file.fileName());
            assertThat(table).contains(Formats.dateTime(file.uploadedAt(), Locale.of("nl")));
        }
        assertThat(table).contains("Begroting", "Statuten", "kB");
        assertThat(_find(Button.class, spec -> spec.withId("intake-complete"))).as("intake next to what it is about").hasSize(1);

        login(staff.decisionMaker());
        navigate("review/" + application);
        assertThat(_find(Anchor.class, spec -> spec.withId("review-attachment-" + files.getFirst().id()))).hasSize(1);
    }

    @Test
    void a_funders_letter_of_commitment_is_there_for_staff_and_another_authority_gets_neither_page_nor_files() throws Exception {
        long funder = jdbc.sql("insert into funder (name, kind) values ('Stichting Brieftest', 'FOUNDATION') returning id")
                .query(Long.class).single();
        byte[] letter = nl.gemeenschapsfonds.base.pdf.HtmlPdf.render("<html><body><p>Toezegging</p></body></html>");
        long pledge = jdbc.sql("""
                        insert into pledge (funder_id, application_id, year, amount, kind, status, confirmed_at, letter)
                        values (?, ?, 2027, 5000, 'CASH', 'CONFIRMED', now(), ?) returning id""")
                .params(funder, application, letter).query(Long.class).single();
        login(staff.reviewer());
        navigate("review/" + application);
        Anchor link = _get(Anchor.class, spec -> spec.withId("review-pledge-letter-" + pledge));
        assertThat(link.getText()).isEqualTo("Toezeggingsbrief Stichting Brieftest: € 5.000,00 in 2027");
        assertThat(com.github.mvysny.kaributesting.v10.DownloadKt._download(link)).isEqualTo(letter);

        Staff other = authorities.newAuthority("Gemeente Buiten");
        long file = authorities.as(staff.reviewer(), () -> attachments.listForStaff(application)).getFirst().id();
        login(other.reviewer());
        navigate("review/" + application);
        assertThat(_find(ReviewApplicationView.class)).isEmpty();
        assertThat(_find(NotFoundView.class)).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> authorities.as(other.reviewer(),
                        () -> attachments.downloadForStaff(application, file)))
                .isInstanceOf(nl.gemeenschapsfonds.base.NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> authorities.as(other.reviewer(), () -> pledgeService.letter(pledge)))
                .isInstanceOf(nl.gemeenschapsfonds.base.NotFoundException.class);
    }
}
