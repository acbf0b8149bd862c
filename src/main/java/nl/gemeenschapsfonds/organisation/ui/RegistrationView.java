package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.organisation.RegistrationData;
import nl.gemeenschapsfonds.organisation.Registrations;

import java.util.Map;

/**
 * Registering an organisation: the applicant's e-mail address and name, the organisation's legal
 * name and a password. Afterwards the page says "check your mail" whether or not the address had
 * an account already, so it never tells anyone which addresses are registered.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegistrationView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final Registrations registrations;
    private final AuthenticationContext authentication;
    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final TextField legalName = new TextField();
    private final PasswordFields passwords = new PasswordFields(email::getValue);
    private final Map<String, HasValidation> fields;

    RegistrationView(Registrations registrations, AuthenticationContext authentication) {
        super("registration-view");
        this.registrations = registrations;
        this.authentication = authentication;

        email.setLabel(getTranslation("account.email"));
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("account.validation.email"));
        email.addValueChangeListener(e -> passwords.check());
        displayName.setLabel(getTranslation("account.displayName"));
        displayName.setId("display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(200);
        legalName.setLabel(getTranslation("registration.legalName"));
        legalName.setHelperText(getTranslation("registration.legalName.helper"));
        legalName.setId("legal-name");
        legalName.setRequiredIndicatorVisible(true);
        legalName.setMaxLength(200);
        fields = Map.of("email", email, "displayName", displayName, "legalName", legalName,
                "password", passwords.password, "passwordRepeat", passwords.repeat);

        FormLayout form = new FormLayout(email, displayName, legalName, passwords.password, passwords.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button register = new Button(getTranslation("registration.submit"), click -> register());
        register.setId("register-submit");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor login = new Anchor("login", getTranslation("registration.toLogin"));
        login.setId("registration-login-link");
        content.add(new H1(getTranslation("registration.title")), new Paragraph(getTranslation("registration.intro")),
                form, register, new Paragraph(login));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    private void register() {
        ProblemMessages.clear(fields);
        try {
            registrations.register(new RegistrationData(email.getValue(), displayName.getValue(), legalName.getValue(),
                    passwords.password.getValue(), passwords.repeat.getValue(), getLocale()));
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message ->
                    Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
            return;
        }
        Paragraph sent = new Paragraph(getTranslation("registration.sent", email.getValue().strip()));
        sent.setId("registration-sent");
        Anchor login = new Anchor("login", getTranslation("registration.toLoginNow"));
        content.removeAll();
        content.add(new H1(getTranslation("registration.sent.title")), sent,
                new Paragraph(getTranslation("registration.sent.spam")), new Paragraph(login));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.title") + " | " + getTranslation("app.name");
    }
}
