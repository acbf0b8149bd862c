package nl.gemeenschapsfonds.organisation.ui;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.Mails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A funder's user sees their funder and its users, invites a colleague (administrators did that before) and keeps
 * its contact, address and public description (issue 22).
 */
class MyFunderViewTest extends KaribuViewTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private String key;
    private String me;

    @BeforeEach
    void aFunderWithOneUser() {
        key = UUID.randomUUID().toString().substring(0, 8);
        long funder = jdbc.sql("""
                        insert into funder (name, kind, contact_name, contact_email) values (?, 'FOUNDATION', 'Els Fonds', 'els@fonds.test')
                        returning id""").param("Fonds " + key).query(Long.class).single();
        me = "ik-" + key + "@fonds.test";
        accounts.create(me, "Ik Zelf", "a-long-enough-password", Role.FUNDER, null, null, funder);
    }

    @Test
    void the_funder_and_its_users_are_shown_and_a_colleague_is_invited_with_a_message_at_the_field_when_refused() {
        login(me);
        navigate("funder/organisation");
        _get(MyFunderView.class);
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Fonds " + key);
        assertThat(_get(Div.class, spec -> spec.withId("my-funder-details")).getElement().getTextRecursively())
                .contains("Fonds of stichting");
        assertThat(field("funder-contact-name").getValue()).isEqualTo("Els Fonds");
        assertThat(field("funder-contact-email").getValue()).isEqualTo("els@fonds.test");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains(me);

        EmailField email = _get(EmailField.class, spec -> spec.withId("invite-email"));
        email.setValue(me);
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getValue()).as("nothing typed is lost").isEqualTo(me);

        String colleague = "collega-" + key + "@fonds.test";
        email.setValue(colleague);
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        assertThat(notificationTexts()).contains("De uitnodiging is verstuurd naar " + colleague + ".");
        assertThat(((Paragraph) _get(Div.class, spec -> spec.withId("open-invitations")).getChildren().findFirst().orElseThrow())
                .getText()).startsWith("Uitgenodigd: " + colleague);
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void a_funder_user_changes_address_contact_and_description_and_the_change_is_audited_but_not_the_name() {
        login(me);
        navigate("funder/organisation");
        field("funder-street").setValue("Stationsstraat 1");
        field("funder-postcode").setValue("8121ab");
        field("funder-city").setValue("Olst");
        field("funder-contact-phone").setValue("0570 123456");
        _get(TextArea.class, spec -> spec.withId("funder-public-description")).setValue("Wij steunen dorpshuizen in Salland.");
        _click(_get(Button.class, spec -> spec.withId("my-funder-save")));

        assertThat(notificationTexts()).contains("De gegevens van uw organisatie zijn opgeslagen.");
        assertThat(field("funder-postcode").getValue()).as("written as a postcode").isEqualTo("8121 AB");
        assertThat(jdbc.sql("select name || '|' || street || '|' || postcode || '|' || city || '|' || public_description from funder where name = ?")
                .param("Fonds " + key).query(String.class).single())
                .isEqualTo("Fonds " + key + "|Stationsstraat 1|8121 AB|Olst|Wij steunen dorpshuizen in Salland.");
        assertThat(jdbc.sql("""
                        select a.actor || '|' || a.after_state from audit_entry a join funder f on a.object_id = f.id::text
                        where a.action = 'FUNDER_DETAILS_CHANGED' and f.name = ?""")
                .param("Fonds " + key).query(String.class).single())
                .startsWith(me + "|").contains("Stationsstraat 1, 8121 AB Olst");
    }

    @Test
    void a_bad_postcode_and_e_mail_are_told_at_their_fields_and_nothing_typed_is_lost_or_saved() {
        login(me);
        navigate("funder/organisation");
        field("funder-street").setValue("Stationsstraat 1");
        field("funder-postcode").setValue("12345");
        field("funder-contact-email").setValue("els-at-fonds");
        _click(_get(Button.class, spec -> spec.withId("my-funder-save")));

        assertThat(field("funder-postcode").isInvalid()).isTrue();
        assertThat(field("funder-postcode").getErrorMessage()).isEqualTo("Vul een postcode in als 1234 AB");
        assertThat(field("funder-contact-email").isInvalid()).isTrue();
        assertThat(field("funder-postcode").getValue()).as("nothing typed is lost").isEqualTo("12345");
        assertThat(field("funder-street").getValue()).isEqualTo("Stationsstraat 1");
        assertThat(jdbc.sql("select street is null and contact_email = 'els@fonds.test' from funder where name = ?")
                .param("Fonds " + key).query(Boolean.class).single()).as("nothing saved").isTrue();

        field("funder-postcode").setValue("8121 AB");
        field("funder-contact-email").setValue("els@fonds.test");
        _click(_get(Button.class, spec -> spec.withId("my-funder-save")));
        assertThat(field("funder-postcode").isInvalid()).isFalse();
        assertThat(jdbc.sql("select street from funder where name = ?").param("Fonds " + key).query(String.class).single())
                .isEqualTo("Stationsstraat 1");
    }
}
