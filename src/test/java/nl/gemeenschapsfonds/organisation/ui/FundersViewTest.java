package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.base.ui.AccessDeniedView;
import nl.gemeenschapsfonds.base.ui.NotFoundView;
import nl.gemeenschapsfonds.organisation.FunderKind;
import nl.gemeenschapsfonds.organisation.FunderListItem;
import nl.gemeenschapsfonds.organisation.FunderRegistrationData;
import nl.gemeenschapsfonds.organisation.Funders;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's funders page: creating a funder with messages at the fields (nothing typed is lost),
 * activating and rejecting registrations; and the public page where a funder registers itself.
 */
class FundersViewTest extends KaribuViewTest {

    private static final String PASSWORD = "Een-lang-wachtwoord-2027";

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Funders funders;

    @Autowired
    JdbcClient jdbc;

    private Staff staff;
    private String key;

    @BeforeEach
    void anAdministrator() {
        staff = authorities.newAuthority("Gemeente Beheer");
        key = UUID.randomUUID().toString().substring(0, 8);
    }

    private TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private List<FunderListItem> listed() {
        return ((Grid<FunderListItem>) _get(Grid.class, spec -> spec.withId("funders-grid"))).getListDataView().getItems().toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_funder_is_refused_at_its_fields_keeps_the_input_and_is_then_saved() {
        login(staff.admin());
        navigate("admin/funders");
        _get(FundersView.class);
        field("funder-kvk").setValue("1234");
        field("funder-contact-email").setValue("geen adres");
        _click(_get(Button.class, spec -> spec.withId("funder-save")));

        assertThat(field("funder-name").isInvalid()).isTrue();
        assertThat(field("funder-name").getErrorMessage()).isEqualTo("Vul dit veld in");
        assertThat(_get(Select.class, spec -> spec.withId("funder-kind")).isInvalid()).isTrue();
        assertThat(field("funder-kvk").isInvalid()).isTrue();
        assertThat(field("funder-kvk").getValue()).as("nothing typed is lost").isEqualTo("1234");
        assertThat(field("funder-contact-email").isInvalid()).isTrue();
        assertThat(field("funder-contact-email").getValue()).isEqualTo("geen adres");

        field("funder-name").setValue("Stichting Beheer " + key);
        _get(Select.class, spec -> spec.withId("funder-kind")).setValue(FunderKind.FOUNDATION);
        field("funder-kvk").setValue("");
        field("funder-contact-email").setValue("info@beheer.test");
        _click(_get(Button.class, spec -> spec.withId("funder-save")));

        assertThat(notificationTexts()).contains("De financier is opgeslagen.");
        assertThat(listed()).extracting(FunderListItem::name).contains("Stichting Beheer " + key);
        assertThat(_get(Checkbox.class, spec -> spec.withId("funder-active")).getValue()).isTrue();
        // the saved funder is open in the editor, with the invitation of users
        _get(TextField.class, spec -> spec.withId("funder-invite-email")).setValue("niet-goed");
        _click(_get(Button.class, spec -> spec.withId("funder-invite")));
        assertThat(_get(TextField.class, spec -> spec.withId("funder-invite-email")).isInvalid()).isTrue();
    }

    @Test
    void the_administrator_activates_one_registration_and_rejects_another_with_a_reason() {
        funders.register(new FunderRegistrationData("Wacht " + key, FunderKind.COMPANY, "Kees Wacht", "wacht-" + key + "@fonds.test",
                PASSWORD, PASSWORD, Locale.of("nl")));
        funders.register(new FunderRegistrationData("Nee " + key, FunderKind.OTHER, "Nel Nee", "nee-" + key + "@fonds.test",
                PASSWORD, PASSWORD, Locale.of("nl")));
        jdbc.sql("update app_user set email_confirmed = true where email = ?").param("wacht-" + key + "@fonds.test").update();
        long waiting = jdbc.sql("select id from funder where name = ?").param("Wacht " + key).query(Long.class).single();
        long no = jdbc.sql("select id from funder where name = ?").param("Nee " + key).query(Long.class).single();

        login(staff.admin());
        navigate("admin/funders");
        assertThat(_get(Div.class, spec -> spec.withId("pending-" + waiting)).getElement().getTextRecursively())
                .contains("Kees Wacht").contains("bevestigd");
        _click(_get(Button.class, spec -> spec.withId("funder-activate-" + waiting)));
        assertThat(notificationTexts()).contains("De financier is geactiveerd en krijgt daarover een e-mail.");
        assertThat(_find(Div.class, spec -> spec.withId("pending-" + waiting))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("funder-reject-" + no)));
        TextField reason = field("funder-reject-reason-" + no);
        assertThat(reason.isInvalid()).isTrue();
        reason.setValue("Onbekend");
        _click(_get(Button.class, spec -> spec.withId("funder-reject-" + no)));
        assertThat(_find(Div.class, spec -> spec.withId("pending-" + no))).isEmpty();
        assertThat(listed()).filteredOn(item -> item.id() == no).singleElement()
                .satisfies(item -> assertThat(item.active()).isFalse());
        assertThat(jdbc.sql("select registration from funder where id = ?").param(no).query(String.class).single())
                .isEqualTo("REJECTED");
        assertThat(jdbc.sql("select registration from funder where id = ?").param(waiting).query(String.class).single())
                .isEqualTo("ACTIVE");
        assertThat(listed()).filteredOn(item -> item.id() == waiting).singleElement()
                .satisfies(item -> assertThat(item.active()).isTrue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_list_gives_the_names_their_width_and_the_short_columns_only_theirs() {
        // walk24: every column grew alike, so at 1280 px the names were cut off ("Stichting Samen Tegen E…") while
        // "Gebruikers" held a wide empty column; the browser sizes an auto-width column to its longest text
        login(staff.admin());
        navigate("admin/funders");
        com.vaadin.flow.component.grid.Grid<?> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("funders-grid"));
        assertThat(grid.getColumnByKey("name").isAutoWidth()).as("the name as wide as the longest").isTrue();
        assertThat(grid.getColumnByKey("contact").isAutoWidth()).isTrue();
        assertThat(java.util.List.of("kind", "status", "users")).allSatisfy(key ->
                assertThat(grid.getColumnByKey(key).getFlexGrow()).as(key + " takes no room from the names").isZero());
    }

    @Test
    void only_administrators_open_the_page() {
        login(staff.reviewer());
        navigate("admin/funders");
        assertThat(_find(FundersView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class).size() + _find(NotFoundView.class).size()).isEqualTo(1);
    }

    @Test
    void a_funder_registers_itself_with_messages_at_the_fields_and_is_told_to_wait_for_activation() {
        navigate("funder/register");
        _get(FunderRegistrationView.class);
        _get(EmailField.class, spec -> spec.withId("email")).setValue("zelf-" + key + "@fonds.test");
        _click(_get(Button.class, spec -> spec.withId("funder-register-submit")));
        assertThat(field("funder-name").isInvalid()).isTrue();
        assertThat(_get(Select.class, spec -> spec.withId("funder-kind")).isInvalid()).isTrue();
        assertThat(field("contact-name").isInvalid()).isTrue();
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).isEqualTo("zelf-" + key + "@fonds.test");

        field("funder-name").setValue("Zelf " + key);
        _get(Select.class, spec -> spec.withId("funder-kind")).setValue(FunderKind.PROVINCE);
        field("contact-name").setValue("Zara Zelf");
        _get(PasswordField.class, spec -> spec.withId("password")).setValue(PASSWORD);
        _get(PasswordField.class, spec -> spec.withId("password-repeat")).setValue(PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("funder-register-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("funder-registration-sent")).getText())
                .contains("zelf-" + key + "@fonds.test").contains("beheerder");
        assertThat(jdbc.sql("select registration from funder where name = ?").param("Zelf " + key).query(String.class).single())
                .isEqualTo("PENDING");
    }
}
