package nl.gemeenschapsfonds.security.ui;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.Mails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The reset pages and "Mijn account": what a person sees, every refusal at its field, nothing typed lost. */
class AccountPagesViewTest extends KaribuViewTest {

    private static final String PASSWORD = "a-long-enough-password";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private String newUser() {
        long organisation = jdbc.sql("select organisation_id from app_user where organisation_id is not null limit 1")
                .query(Long.class).single();
        String email = "mijn-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createApplicant(email, "Mila Mijn", PASSWORD, organisation, java.util.Locale.of("nl"), true);
        return email;
    }

    private String sentText(String address) {
        navigate("forgot-password");
        _get(EmailField.class, spec -> spec.withId("reset-email")).setValue(address);
        _click(_get(Button.class, spec -> spec.withId("reset-send")));
        return _get(Paragraph.class, spec -> spec.withId("reset-sent")).getText();
    }

    private static String link(String email, String route) throws Exception {
        var mails = Mails.await(greenMail, email, 1);
        Matcher link = Pattern.compile("/" + route + "\\?token=([A-Za-z0-9_-]{43})").matcher(mails.getLast().body());
        assertThat(link.find()).as("a " + route + " link in the mail to " + email).isTrue();
        return route + "?token=" + link.group(1);
    }

    @Test
    void the_sign_in_page_offers_a_password_reset() {
        navigate("login");
        assertThat(_get(LoginForm.class).isForgotPasswordButtonVisible()).isTrue();
    }

    @Test
    void the_reset_request_answers_the_same_for_a_known_and_an_unknown_address() {
        String known = newUser();
        String unknown = "onbekend-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(sentText(known).replace(known, "ADDRESS")).isEqualTo(sentText(unknown).replace(unknown, "ADDRESS"))
                .startsWith("Als er een account is met het adres ADDRESS");
        assertThat(_get(EmailField.class, spec -> spec.withId("reset-email")).getValue()).as("kept").isEqualTo(unknown);
    }

    @Test
    void the_reset_page_refuses_a_breached_password_at_the_field_and_keeps_it_then_sets_a_good_one() throws Exception {
        String email = newUser();
        sentText(email);
        navigate(link(email, "reset-password"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("new-password-repeat"));
        password.setValue("iseedeadpeople");
        repeat.setValue("iseedeadpeople");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("gelekte wachtwoorden");
        assertThat(password.getValue()).as("what was typed stays").isEqualTo("iseedeadpeople");

        password.setValue("fietsen-langs-de-ijssel");
        repeat.setValue("fietsen-langs-de-ijssel");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        _get(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-message")).getText())
                .isEqualTo("Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.");
    }

    @Test
    void a_used_reset_link_says_so() throws Exception {
        String email = newUser();
        sentText(email);
        String link = link(email, "reset-password");
        navigate(link);
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("fietsen-langs-de-ijssel");
        _get(PasswordField.class, spec -> spec.withId("new-password-repeat")).setValue("fietsen-langs-de-ijssel");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        navigate(link);
        assertThat(_get(Paragraph.class, spec -> spec.withId("token-refused-text")).getText())
                .startsWith("Deze link is al gebruikt");
    }

    @Test
    void my_account_refuses_a_wrong_current_password_at_its_field_and_changes_with_the_right_one() {
        String email = newUser();
        login(email);
        navigate("account");
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("change-password-current"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("change-password-new"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("change-password-repeat"));
        current.setValue("not-my-password");
        password.setValue("fietsen-langs-de-ijssel");
        repeat.setValue("fietsen-langs-de-ijssel");
        _click(_get(Button.class, spec -> spec.withId("change-password-save")));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Dit is niet uw huidige wachtwoord");
        assertThat(password.getValue()).as("kept").isEqualTo("fietsen-langs-de-ijssel");

        current.setValue(PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("change-password-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("change-password-done")).getText())
                .startsWith("Uw wachtwoord is gewijzigd");
        assertThat(waitFor(email, 1)).isEqualTo("Uw wachtwoord is gewijzigd");
    }

    @Test
    void my_account_says_every_problem_of_a_form_at_once_and_keeps_what_was_typed() {
        login(newUser());
        navigate("account");
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("change-password-current"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("change-password-new"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("change-password-repeat"));
        password.setValue("kort");
        repeat.setValue("anders");
        _click(_get(Button.class, spec -> spec.withId("change-password-save")));
        assertThat(List.of(current, password, repeat)).allMatch(PasswordField::isInvalid);
        assertThat(current.getErrorMessage()).isEqualTo("Vul dit veld in");
        assertThat(password.getErrorMessage()).isEqualTo("Kies een wachtwoord van minstens 12 tekens");
        assertThat(repeat.getErrorMessage()).isEqualTo("De wachtwoorden zijn niet gelijk");
        assertThat(List.of(password.getValue(), repeat.getValue())).as("kept").containsExactly("kort", "anders");
        assertThat(_find(Paragraph.class, spec -> spec.withId("change-password-done")))
                .as("nothing changed").isEmpty();

        PasswordField emailCurrent = _get(PasswordField.class, spec -> spec.withId("change-email-current"));
        EmailField email = _get(EmailField.class, spec -> spec.withId("change-email-new"));
        _click(_get(Button.class, spec -> spec.withId("change-email-send")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(emailCurrent.isInvalid()).isTrue();
        assertThat(emailCurrent.getErrorMessage()).isEqualTo("Vul dit veld in");
    }

    @Test
    void a_new_e_mail_address_counts_only_once_confirmed_from_the_mail() throws Exception {
        String email = newUser();
        String newAddress = "nieuw-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        login(email);
        navigate("account");
        _get(EmailField.class, spec -> spec.withId("change-email-new")).setValue(newAddress);
        _get(PasswordField.class, spec -> spec.withId("change-email-current")).setValue(PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("change-email-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("change-email-sent")).getText()).contains(newAddress);
        assertThat(accounts.exists(newAddress)).as("not yet").isFalse();

        String link = link(newAddress, "confirm-email-change");
        logout();
        navigate(link);

        assertThat(accounts.exists(newAddress)).isTrue();
        assertThat(accounts.exists(email)).isFalse();
        _get(LoginView.class);
        assertThat(waitFor(email, 1)).as("the old address is told").isEqualTo("Uw e-mailadres voor inloggen is gewijzigd");
    }

    private static String waitFor(String address, int count) {
        try {
            return Mails.await(greenMail, address, count).get(count - 1).subject();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
