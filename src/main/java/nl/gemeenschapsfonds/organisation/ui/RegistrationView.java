package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.gemeenschapsfonds.organisation.RegistrationData;
import nl.gemeenschapsfonds.organisation.Registrations;

import java.util.Map;

/**
 * Registering an organisation: the applicant's e-mail address and name, the organisation's legal
 * name and a password. Afterwards the page says "check your mail" whether or not the address had
 * an account already, so it never tells anyone which addresses are registered.
 */
@Route(value = OrganisationNavigation.REGISTER, autoLayout = false)
@AnonymousAllowed
class RegistrationView extends RegistrationPage {

    private final Registrations registrations;
    private final TextField displayName = new TextField();
    private final TextField legalName = new TextField();
    private final TextField kvk = new TextField();
    private final Map<String, HasValidation> fields;

    RegistrationView(Registrations registrations, AuthenticationContext authentication) {
        super("registration-view", "registration.title", authentication);
        this.registrations = registrations;

        displayName.setLabel(getTranslation("account.displayName"));
        displayName.setId("display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(200);
        legalName.setLabel(getTranslation("registration.legalName"));
        legalName.setHelperText(getTranslation("registration.legalName.helper"));
        legalName.setId("legal-name");
        legalName.setRequiredIndicatorVisible(true);
        legalName.setMaxLength(200);
        fields = Map.of("email", email, "displayName", displayName, "legalName", legalName, "kvk", kvk,
                "password", passwords.password, "passwordRepeat", passwords.repeat);
        Paragraph fromBroker = fromBroker(registrations);

        FormLayout form = new FormLayout(email, displayName, legalName, kvk, passwords.password, passwords.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button register = new Button(getTranslation("registration.submit"), click -> register());
        register.setId("register-submit");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor login = new Anchor("login", getTranslation("registration.toLogin"));
        login.setId("registration-login-link");
        content.add(new H1(getTranslation("registration.title")), new Paragraph(getTranslation("registration.intro")),
                fromBroker, form, register, new Paragraph(login));
        // p17a (issue 17 item 6): what happens with the data typed here
        Anchor privacy = new Anchor("privacy", getTranslation("privacy.registrationLink"));
        privacy.setId("registration-privacy-link");
        content.add(new Paragraph(privacy));
    }

    /**
     * After a broker sign-in without an account (issue 14), e.g. eHerkenning for an organisation that has not
     * registered yet: the KvK number the broker vouched for, filled in and read-only (the service takes it from the session, not from this field), and
     * the e-mail address and name the broker passed, to start with.
     */
    private Paragraph fromBroker(Registrations registrations) {
        Paragraph note = new Paragraph();
        note.setId("registration-broker");
        kvk.setLabel(getTranslation("registration.eherkenning.kvk"));
        kvk.setId("registration-kvk");
        kvk.setReadOnly(true);
        kvk.setVisible(false);
        note.setVisible(false);
        registrations.fromBroker().ifPresent(pending -> {
            if (pending.isEherkenning()) {
                kvk.setValue(pending.kvkNumber());
                kvk.setHelperText(getTranslation("registration.eherkenning.kvk.helper"));
                kvk.setVisible(true);
                note.setText(getTranslation("registration.eherkenning.intro", pending.kvkNumber()));
            } else {
                note.setText(getTranslation("registration.digid.intro"));
            }
            note.setVisible(true);
            email.setValue(pending.email());
            displayName.setValue(pending.displayName());
        });
        return note;
    }

    private void register() {
        submit(fields, () -> registrations.register(new RegistrationData(email.getValue(), displayName.getValue(),
                        legalName.getValue(), passwords.password.getValue(), passwords.repeat.getValue(), getLocale())),
                "registration.sent", "registration-sent", "registration.toLoginNow");
    }
}
