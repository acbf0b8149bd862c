package nl.gemeenschapsfonds.organisation.ui;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
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

/** A funder's user sees their funder and its users and invites a colleague (administrators did that before). */
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
                .contains("Fonds of stichting").contains("Els Fonds").contains("els@fonds.test");
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
}
