package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's objection page: the deadline, the grounds with messages at the field, and the objection once made. */
class ObjectionViewTest extends KaribuViewTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Staff staff;
    private long call;
    private String applicant;
    private long granted;
    private LocalDate today;

    @BeforeEach
    void grantedApplication() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        staff = authorities.newAuthority("Gemeente Bezwaarscherm");
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        applicant = authorities.newApplicant("Vereniging Bezwaarscherm");
        granted = applications.granted(staff, applicant, call, Map.of(2027, amount("25000")));
    }

    private TextArea grounds() {
        return _get(TextArea.class, spec -> spec.withId("objection-grounds"));
    }

    private long objections() {
        return jdbc.sql("select count(*) from objection where application_id = ?").param(granted).query(Long.class).single();
    }

    @Test
    void the_page_says_until_when_the_applicant_can_object() {
        login(applicant);
        navigate("applications/" + granted + "/objection");

        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-deadline")).getText()).isEqualTo(
                "U kunt tot en met " + Formats.date(today.plusWeeks(6), DUTCH) + " bezwaar maken tegen het besluit van "
                        + Formats.date(today, DUTCH) + ".");
        assertThat(grounds().getLabel()).isEqualTo("Waarom bent u het niet eens met het besluit?");
    }

    @Test
    void the_page_is_titled_with_the_applications_reference() {
        String reference = jdbc.sql("select reference from grant_application where id = ?").param(granted)
                .query(String.class).single();
        login(applicant);
        navigate("applications/" + granted + "/objection");

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Bezwaar maken – " + reference);
    }

    @Test
    void grounds_are_required_and_the_message_is_at_the_field() {
        login(applicant);
        navigate("applications/" + granted + "/objection");
        _click(_get(Button.class, spec -> spec.withId("objection-submit")));

        assertThat(grounds().isInvalid()).isTrue();
        assertThat(grounds().getErrorMessage()).isEqualTo("Schrijf op waarom u het niet eens bent met het besluit");
        assertThat(objections()).isZero();
    }

    @Test
    void grounds_that_are_too_long_are_refused_at_the_field_and_kept() {
        login(applicant);
        navigate("applications/" + granted + "/objection");
        String tooLong = "Wij zijn het oneens. ".repeat(200);
        grounds().setValue(tooLong);
        _click(_get(Button.class, spec -> spec.withId("objection-submit")));

        assertThat(grounds().isInvalid()).isTrue();
        assertThat(grounds().getErrorMessage()).isEqualTo("Maximaal 4.000 tekens");
        assertThat(grounds().getValue()).isEqualTo(tooLong);
        assertThat(objections()).isZero();
    }

    @Test
    void the_grounds_as_typed_survive_a_reload_until_the_objection_is_sent() {
        login(applicant);
        navigate("applications/" + granted + "/objection");
        grounds().setValue("De keuken is nodig voor de eettafel op woensdag.");
        assertThat(grounds().getValueChangeMode()).as("sent while typing, not only when the field is left")
                .isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.LAZY);

        navigate("");
        navigate("applications/" + granted + "/objection");
        assertThat(grounds().getValue()).isEqualTo("De keuken is nodig voor de eettafel op woensdag.");

        _click(_get(Button.class, spec -> spec.withId("objection-submit")));
        assertThat(objections()).isEqualTo(1);
        assertThat(nl.gemeenschapsfonds.base.ui.KeptDrafts.get("objection/" + granted + "/DECISION")).as("sent: forgotten").isEmpty();
    }

    @Test
    void an_objection_made_shows_the_date_we_decide_by_instead_of_the_form() {
        login(applicant);
        navigate("applications/" + granted + "/objection");
        grounds().setValue("Het gevraagde bedrag is nodig voor de hele keuken.");
        _click(_get(Button.class, spec -> spec.withId("objection-submit")));

        String due = Formats.date(today.plusWeeks(6), DUTCH);
        assertThat(notificationTexts()).contains("Wij hebben uw bezwaar ontvangen. Wij beslissen uiterlijk op " + due + ".");
        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-decision-due")).getText())
                .isEqualTo("Wij beslissen uiterlijk op " + due + " op uw bezwaar.");
        assertThat(_find(TextArea.class, spec -> spec.withId("objection-grounds"))).isEmpty();
        assertThat(objections()).isEqualTo(1);

        navigate("applications/" + granted + "/objection");
        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-received")).getText())
                .isEqualTo("Bezwaar ontvangen op " + Formats.date(today, DUTCH));
    }

    @Test
    void another_organisation_and_an_application_without_a_decision_are_not_found() throws Exception {
        login(authorities.newApplicant("Andere vereniging"));
        navigate("applications/" + granted + "/objection");
        assertThat(_find(ObjectionView.class)).isEmpty();
        _get(NotFoundView.class);

        long undecided = applications.submitted(applicant, call, Map.of(2027, amount("10000")));
        login(applicant);
        navigate("applications/" + undecided + "/objection");
        assertThat(_find(ObjectionView.class)).isEmpty();
        _get(NotFoundView.class);
    }
}
