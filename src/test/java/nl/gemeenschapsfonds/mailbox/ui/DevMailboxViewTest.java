package nl.gemeenschapsfonds.mailbox.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import nl.gemeenschapsfonds.base.mail.DevMailbox;
import nl.gemeenschapsfonds.base.mail.Mail;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's dev mailbox. The tests run with {@code app.mail.mode=smtp}; the log mode is
 * simulated on the shared mailbox bean and switched back after each test.
 */
class DevMailboxViewTest extends KaribuViewTest {

    @Autowired
    DevMailbox mailbox;

    @AfterEach
    void backToSmtp() {
        ReflectionTestUtils.setField(mailbox, "active", false);
    }

    @Test
    void with_smtp_the_page_says_that_mails_go_out_through_the_mail_server() {
        login(DemoUsers.ADMIN);
        navigate("dev/mailbox");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dev-mailbox-smtp")).getText())
                .isEqualTo("In deze installatie gaan e-mails echt de deur uit via de mailserver (SMTP); ze staan daarom niet in deze mailbox.");
        assertThat(_find(Div.class, spec -> spec.withId("dev-mailbox-mails"))).isEmpty();
    }

    @Test
    void in_log_mode_the_administrator_reads_the_sent_mails_newest_first() {
        ReflectionTestUtils.setField(mailbox, "active", true);
        ReflectionTestUtils.invokeMethod(mailbox, "add", new Mail("eerste@test.example", "Oudste mail", "Tekst een"));
        ReflectionTestUtils.invokeMethod(mailbox, "add", new Mail("tweede@test.example", "Nieuwste mail",
                "Open http://localhost:8080/confirm?token=abc"));
        login(DemoUsers.ADMIN);
        navigate("dev/mailbox");

        assertThat(_find(H3.class).stream().map(H3::getText).toList()).containsSubsequence("Nieuwste mail", "Oudste mail");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Aan tweede@test.example, verstuurd op "));
        assertThat(_find(Pre.class).stream().map(pre -> pre.getElement().getTextRecursively()))
                .contains("Open http://localhost:8080/confirm?token=abc");
    }

    @Test
    void a_web_address_in_a_mail_is_a_link_to_click_and_the_rest_stays_text() {
        ReflectionTestUtils.setField(mailbox, "active", true);
        ReflectionTestUtils.invokeMethod(mailbox, "add", new Mail("derde@test.example", "Met link",
                "Bevestig via http://localhost:8080/confirm?token=xyz. Daarna <b>klaar</b>."));
        login(DemoUsers.ADMIN);
        navigate("dev/mailbox");

        com.vaadin.flow.component.html.Anchor link = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("http://localhost:8080/confirm?token=xyz"));
        assertThat(link.getHref()).isEqualTo("http://localhost:8080/confirm?token=xyz");
        Pre text = (Pre) link.getParent().orElseThrow();
        assertThat(text.getElement().getTextRecursively())
                .isEqualTo("Bevestig via http://localhost:8080/confirm?token=xyz. Daarna <b>klaar</b>.");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("klaar"))).isEmpty();
    }
}
