package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import nl.gemeenschapsfonds.cofinancing.PledgeForm;
import nl.gemeenschapsfonds.cofinancing.PledgeKind;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words and formats a new user met (issue 13): the upload fields, date placeholders, the plural of
 * "moet nog … worden aangevuld" and the wizard's attachment step said once.
 */
class WordsAndFormatsViewTest extends KaribuViewTest {

    /** The English words Vaadin's defaults use, which must not appear in the Dutch UI. */
    private static final List<String> VAADIN_ENGLISH = List.of("Upload", "Drop", "File", "dd-mm-yyyy");

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired UserAccounts accounts;
    @Autowired PledgeService pledges;
    @Autowired JdbcClient jdbc;

    private static List<String> texts(UploadI18N i18n) {
        List<String> texts = new ArrayList<>(List.of(i18n.getAddFiles().getOne(), i18n.getDropFiles().getOne(),
                i18n.getError().getFileIsTooBig(), i18n.getError().getIncorrectFileType(), i18n.getError().getTooManyFiles(),
                i18n.getUploading().getStatus().getConnecting(), i18n.getUploading().getStatus().getProcessing(),
                i18n.getUploading().getError().getUnexpectedServerError(), i18n.getFile().getRemove(), i18n.getFile().getRetry()));
        return texts;
    }

    private static void assertDutch(Upload upload) {
        assertThat(upload.getI18n()).as("the upload has its texts set").isNotNull();
        List<String> texts = texts(upload.getI18n());
        assertThat(texts).doesNotContainNull();
        for (String english : VAADIN_ENGLISH) {
            assertThat(texts).noneMatch(text -> text.contains(english));
        }
    }

    @Test
    void the_bank_statement_upload_speaks_dutch_and_english() {
        login(DemoUsers.FINANCE);
        navigate("payments/statement");
        Upload upload = _get(Upload.class, spec -> spec.withId("statement-upload"));
        assertDutch(upload);
        assertThat(upload.getI18n().getUploading().getStatus().getConnecting()).isEqualTo("Verbinden...");
    }

    @Test
    void the_bank_statement_upload_speaks_english_in_english() {
        useEnglish();
        login(DemoUsers.FINANCE);
        navigate("payments/statement");
        Upload upload = _get(Upload.class, spec -> spec.withId("statement-upload"));
        assertThat(upload.getI18n().getFile().getRemove()).isEqualTo("Remove");
    }

    @Test
    void the_funders_letter_upload_speaks_dutch() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Woorden");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String applicant = authorities.newApplicant("Vereniging Woorden");
        long seeking = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("40000")), amount("16000"));
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'COMPANY') returning id").param("Woordbedrijf " + key)
                .query(Long.class).single();
        String funder = "funder-" + key + "@test.example";
        accounts.create(funder, "Financier " + key, "a-long-enough-password", Role.FUNDER, null, null, funderId);
        long pledge = authorities.as(funder, () -> pledges.pledge(new PledgeForm(seeking, 2027, amount("10000"), PledgeKind.CASH,
                null, null)));

        login(funder);
        navigate("funder/projects/" + seeking);
        assertDutch(_get(Upload.class, spec -> spec.withId("pledge-letter-upload-" + pledge)));
    }

    @SuppressWarnings("unchecked")
    private static void chooseAPayment() {
        com.vaadin.flow.component.grid.Grid<Object> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("payments-grid"));
        grid.select(grid.getGenericDataView().getItems().findFirst().orElseThrow());
    }

    @Test
    void a_date_field_shows_the_pattern_in_the_readers_language() {
        login(DemoUsers.FINANCE);
        navigate("payments");
        chooseAPayment(); // the execution date is one of the actions on chosen payments (built on the first choice)
        assertThat(_get(DatePicker.class, spec -> spec.withId("payments-execution-date")).getPlaceholder()).isEqualTo("dd-mm-jjjj");
    }

    @Test
    void a_date_field_shows_the_english_pattern_in_english() {
        useEnglish();
        login(DemoUsers.FINANCE);
        navigate("payments");
        chooseAPayment(); // the execution date is one of the actions on chosen payments (built on the first choice)
        assertThat(_get(DatePicker.class, spec -> spec.withId("payments-execution-date")).getPlaceholder()).isEqualTo("dd/mm/yyyy");
    }

    @Test
    void the_wizard_says_moeten_for_several_points_and_introduces_the_attachments_once() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Meervoud");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        login(authorities.newApplicant("Vereniging Meervoud"));
        navigate("applications/new");
        _click(_get(Button.class, spec -> spec.withId("start-call-" + call)));

        _click(_get(Button.class, spec -> spec.withId("wizard-step-7")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.matches("Voordat u kunt indienen moeten nog \\d+ punten worden aangevuld:"));

        _click(_get(Button.class, spec -> spec.withId("wizard-step-6")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .filteredOn(text -> text.contains("statuten")).hasSize(1);
    }
}
