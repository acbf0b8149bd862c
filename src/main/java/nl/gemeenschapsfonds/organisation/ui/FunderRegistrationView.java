package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.gemeenschapsfonds.organisation.FunderKind;
import nl.gemeenschapsfonds.organisation.FunderRegistrationData;
import nl.gemeenschapsfonds.organisation.Funders;
import nl.gemeenschapsfonds.base.ui.RequiredSelect;

import java.util.Map;

/**
 * A funder registers itself: the organisation's name and kind, the contact person and a password. The
 * contact person confirms their address by mail; an administrator then activates the funder. Afterwards
 * the page says the same whether or not the address had an account, so it tells nobody which are registered.
 */
@Route(value = OrganisationNavigation.FUNDER_REGISTER, autoLayout = false)
@AnonymousAllowed
class FunderRegistrationView extends RegistrationPage {

    private final Funders funders;
    private final TextField name = new TextField();
    private final Select<FunderKind> kind = new Select<>();
    private final TextField contactName = new TextField();
    private final Map<String, HasValidation> fields;

    FunderRegistrationView(Funders funders, AuthenticationContext authentication) {
        super("funder-registration-view", "funderRegistration.title", authentication);
        this.funders = funders;
        name.setLabel(getTranslation("funderRegistration.name"));
        name.setId("funder-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        RequiredSelect.label(kind, getTranslation("funders.kind"));
        kind.setId("funder-kind");
        kind.setItems(FunderKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("funderKind." + k));
        contactName.setLabel(getTranslation("funderRegistration.contactName"));
        contactName.setId("contact-name");
        contactName.setRequiredIndicatorVisible(true);
        contactName.setMaxLength(200);
        fields = Map.of("name", name, "kind", kind, "contactName", contactName, "email", email,
                "password", passwords.password, "passwordRepeat", passwords.repeat);
        FormLayout form = new FormLayout(name, kind, contactName, email, passwords.password, passwords.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button register = new Button(getTranslation("funderRegistration.submit"), click -> register());
        register.setId("funder-register-submit");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor login = new Anchor("login", getTranslation("registration.toLogin"));
        content.add(new H1(getTranslation("funderRegistration.title")), new Paragraph(getTranslation("funderRegistration.intro")),
                form, register, new Paragraph(login));
    }

    private void register() {
        submit(fields, () -> funders.register(new FunderRegistrationData(name.getValue(), kind.getValue(),
                        contactName.getValue(), email.getValue(), passwords.password.getValue(), passwords.repeat.getValue(),
                        getLocale())),
                "funderRegistration.sent", "funder-registration-sent", "registration.toLogin");
    }
}
