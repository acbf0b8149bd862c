package nl.gemeenschapsfonds.organisation.ui;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.html.Paragraph;
import nl.gemeenschapsfonds.organisation.RegistrationData;
import nl.gemeenschapsfonds.organisation.Registrations;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.security.ui.LoginView;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The public page behind the confirmation link. */
class ConfirmEmailViewTest extends KaribuViewTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    Registrations registrations;

    @Autowired
    UserAccounts accounts;

    private String registered() {
        String email = "bevestig-" + UUID.randomUUID().toString().substring(0, 8) + "@vereniging.test";
        registrations.register(new RegistrationData(email, "Piet", "Club", "koffie-bij-de-linde", "koffie-bij-de-linde",
                Locale.of("nl", "NL")));
        return email;
    }

    @Test
    void the_link_confirms_the_address_and_leads_to_the_login_page_with_a_success_message() throws Exception {
        String email = registered();
        String token = MailLinks.token(greenMail, email, "confirm");

        navigate("confirm?token=" + token);

        _get(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-message")).getText())
                .isEqualTo("Uw e-mailadres is bevestigd. Log in om verder te gaan.");
        assertThat(accounts.isConfirmed(email)).isTrue();
    }

    @Test
    void a_used_link_explains_itself_instead_of_confirming_again() throws Exception {
        String token = MailLinks.token(greenMail, registered(), "confirm");
        navigate("confirm?token=" + token);
        navigate("confirm?token=" + token);

        _get(ConfirmEmailView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("token-refused-text")).getText())
                .startsWith("Deze link is al gebruikt: een link uit een e-mail werkt één keer.");
        assertThat(_find(LoginView.class)).isEmpty();
    }

    @Test
    void a_link_without_a_valid_token_says_so_in_the_chosen_language() {
        useEnglish();
        navigate("confirm?token=nonsense");
        assertThat(_get(Paragraph.class, spec -> spec.withId("token-refused-text")).getText())
                .startsWith("This link is not correct.");
        navigate("confirm");
        assertThat(_get(Paragraph.class, spec -> spec.withId("token-refused-text")).getText())
                .startsWith("This link is not correct.");
    }
}
