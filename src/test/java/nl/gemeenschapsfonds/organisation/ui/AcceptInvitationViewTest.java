package nl.gemeenschapsfonds.organisation.ui;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.gemeenschapsfonds.organisation.OrganisationMembers;
import nl.gemeenschapsfonds.security.AppUser;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.security.ui.LoginView;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.TestApplicants;
import nl.gemeenschapsfonds.test.TestApplicants.Applicant;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The public page behind the invitation link. */
class AcceptInvitationViewTest extends KaribuViewTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    OrganisationMembers members;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestApplicants applicants;

    @Autowired
    TestAuthorities authorities;

    private Applicant organisation;
    private String colleague;
    private String token;

    @BeforeEach
    void invited() throws Exception {
        organisation = applicants.complete("Vereniging Uitnodigend");
        colleague = "uitgenodigd-" + UUID.randomUUID().toString().substring(0, 8) + "@vereniging.test";
        authorities.as(organisation.email(), () -> members.invite(colleague, Locale.of("nl", "NL")));
        token = MailLinks.token(greenMail, colleague, "invite");
    }

    @Test
    void the_invitee_sees_who_invited_them_chooses_a_name_and_password_and_is_sent_to_sign_in() {
        navigate("invite?token=" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("invite-intro")).getText()).contains(organisation.organisationName());
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).isEqualTo(colleague);
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).isReadOnly()).isTrue();

        _get(TextField.class, spec -> spec.withId("display-name")).setValue("Karin Smit");
        _get(PasswordField.class, spec -> spec.withId("password")).setValue("thee-in-het-dorpshuis");
        _get(PasswordField.class, spec -> spec.withId("password-repeat")).setValue("thee-in-het-dorpshuis");
        _click(_get(Button.class, spec -> spec.withId("invite-accept")));

        _get(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-message")).getText())
                .isEqualTo("Uw account is aangemaakt. Log in met uw e-mailadres en wachtwoord.");
        AppUser joined = accounts.findByEmail(colleague).orElseThrow();
        assertThat(joined.getOrganisationId()).isEqualTo(organisation.organisationId());
        assertThat(joined.isEmailConfirmed()).isTrue();
    }

    @Test
    void a_weak_password_is_reported_at_the_field_and_the_invitation_stays_open() {
        navigate("invite?token=" + token);
        _get(TextField.class, spec -> spec.withId("display-name")).setValue("Karin Smit");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("password"));
        password.setValue("wachtwoord123");
        _get(PasswordField.class, spec -> spec.withId("password-repeat")).setValue("wachtwoord123");
        _click(_get(Button.class, spec -> spec.withId("invite-accept")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("Dit wachtwoord wordt veel gebruikt");
        assertThat(_get(TextField.class, spec -> spec.withId("display-name")).getValue()).isEqualTo("Karin Smit");
        assertThat(accounts.exists(colleague)).isFalse();
    }

    @Test
    void an_unknown_invitation_link_explains_itself() {
        navigate("invite?token=" + "A".repeat(43));
        _get(AcceptInvitationView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("token-refused-text")).getText()).startsWith("Deze link klopt niet.");
    }
}
