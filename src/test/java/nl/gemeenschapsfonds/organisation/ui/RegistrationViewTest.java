package nl.gemeenschapsfonds.organisation.ui;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.security.ui.LoginView;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The registration page for a visitor who is not signed in: messages at the fields, and one answer for every address. */
class RegistrationViewTest extends KaribuViewTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    UserAccounts accounts;

    private static String newAddress() {
        return "registratie-" + UUID.randomUUID().toString().substring(0, 8) + "@vereniging.test";
    }

    private TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private PasswordField password() {
        return _get(PasswordField.class, spec -> spec.withId("password"));
    }

    private PasswordField repeat() {
        return _get(PasswordField.class, spec -> spec.withId("password-repeat"));
    }

    private void fillIn(String email, String password, String repeat) {
        _get(EmailField.class, spec -> spec.withId("email")).setValue(email);
        field("display-name").setValue("Piet Jansen");
        field("legal-name").setValue("Vereniging Buurthuis Oost");
        password().setValue(password);
        repeat().setValue(repeat);
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
    }

    @Test
    void a_visitor_who_is_not_signed_in_can_open_the_registration_page_from_the_login_page() {
        navigate("login");
        assertThat(_get(Anchor.class, spec -> spec.withId("login-register-link")).getText())
                .isEqualTo("Nog geen account? Registreer uw organisatie");
        assertThat(_get(Anchor.class, spec -> spec.withId("login-register-link")).getHref()).isEqualTo("register");
        navigate("register");
        _get(RegistrationView.class);
        assertThat(_find(LoginForm.class)).isEmpty();
    }

    @Test
    void a_signed_in_user_is_sent_home_instead_of_registering_again() {
        login(DemoUsers.APPLICANT);
        navigate("register");
        assertThat(_find(RegistrationView.class)).isEmpty();
    }

    @Test
    void a_short_password_is_reported_at_the_field_while_typing() {
        navigate("register");
        password().setValue("kort-maar");
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).isEqualTo("Kies een wachtwoord van minstens 12 tekens");
        password().setValue("koffie-bij-de-linde");
        assertThat(password().isInvalid()).isFalse();
    }

    @Test
    void a_common_password_is_reported_at_the_field() {
        navigate("register");
        password().setValue("Wachtwoord123");
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).startsWith("Dit wachtwoord wordt veel gebruikt");
    }

    @Test
    void a_password_equal_to_the_e_mail_address_is_reported_also_when_the_address_is_typed_afterwards() {
        navigate("register");
        password().setValue("piet.jansen@club.test");
        assertThat(password().isInvalid()).isFalse();
        _get(EmailField.class, spec -> spec.withId("email")).setValue("Piet.Jansen@club.test");
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).isEqualTo("Uw wachtwoord mag niet gelijk zijn aan uw e-mailadres");
    }

    @Test
    void a_repeated_password_that_differs_is_reported_at_the_repeat_field() {
        navigate("register");
        password().setValue("koffie-bij-de-linde");
        repeat().setValue("koffie-bij-de-lindr");
        assertThat(repeat().isInvalid()).isTrue();
        assertThat(repeat().getErrorMessage()).isEqualTo("De wachtwoorden zijn niet gelijk");
        password().setValue("koffie-bij-de-lindr");
        assertThat(repeat().isInvalid()).as("fixing the first field clears the second").isFalse();
    }

    @Test
    void a_refused_registration_keeps_everything_typed_and_creates_no_account() {
        navigate("register");
        String email = newAddress();
        fillIn(email, "password1234", "password1234");
        submit();

        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).startsWith("Dit wachtwoord wordt veel gebruikt");
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).isEqualTo(email);
        assertThat(field("display-name").getValue()).isEqualTo("Piet Jansen");
        assertThat(field("legal-name").getValue()).isEqualTo("Vereniging Buurthuis Oost");
        assertThat(password().getValue()).isEqualTo("password1234");
        assertThat(accounts.exists(email)).isFalse();
        assertThat(_find(Paragraph.class, spec -> spec.withId("registration-sent"))).isEmpty();
    }

    @Test
    void a_missing_name_and_organisation_are_reported_at_their_fields() {
        navigate("register");
        _get(EmailField.class, spec -> spec.withId("email")).setValue(newAddress());
        password().setValue("koffie-bij-de-linde");
        repeat().setValue("koffie-bij-de-linde");
        submit();
        assertThat(field("display-name").isInvalid()).isTrue();
        assertThat(field("display-name").getErrorMessage()).isEqualTo("Vul dit veld in");
        assertThat(field("legal-name").isInvalid()).isTrue();
    }

    @Test
    void a_new_address_and_a_registered_address_get_the_same_answer() {
        navigate("register");
        String email = newAddress();
        fillIn(email, "koffie-bij-de-linde", "koffie-bij-de-linde");
        submit();
        String answerForNew = _get(Paragraph.class, spec -> spec.withId("registration-sent")).getText();
        assertThat(accounts.exists(email)).isTrue();

        navigate("login");
        navigate("register");
        fillIn(DemoUsers.APPLICANT, "koffie-bij-de-linde", "koffie-bij-de-linde");
        submit();
        String answerForExisting = _get(Paragraph.class, spec -> spec.withId("registration-sent")).getText();

        assertThat(answerForExisting.replace(DemoUsers.APPLICANT, "ADDRESS")).isEqualTo(answerForNew.replace(email, "ADDRESS"));
        assertThat(answerForNew).startsWith("We hebben een e-mail gestuurd naar " + email);
    }

    @Test
    void the_page_speaks_english_when_the_visitor_chose_english() {
        useEnglish();
        navigate("register");
        assertThat(_get(Button.class, spec -> spec.withId("register-submit")).getText()).isEqualTo("Create account");
        password().setValue("short");
        assertThat(password().getErrorMessage()).isEqualTo("Choose a password of at least 12 characters");
    }

    @Test
    void the_login_page_thanks_for_confirming_and_welcomes_an_invited_colleague() {
        navigate("login?confirmed=1");
        _get(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-message")).getText())
                .isEqualTo("Uw e-mailadres is bevestigd. Log in om verder te gaan.");
        navigate("login?welcome=1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-message")).getText())
                .isEqualTo("Uw account is aangemaakt. Log in met uw e-mailadres en wachtwoord.");
        navigate("login");
        assertThat(_find(Paragraph.class, spec -> spec.withId("login-message")))
                .noneMatch(com.vaadin.flow.component.Component::isVisible);
    }
}
