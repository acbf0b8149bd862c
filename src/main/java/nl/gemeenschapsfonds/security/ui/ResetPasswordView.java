package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.base.ui.ComponentTexts;
import nl.gemeenschapsfonds.security.AccountTokenRefusedException;
import nl.gemeenschapsfonds.security.InvalidPasswordException;
import nl.gemeenschapsfonds.security.PasswordPolicy;
import nl.gemeenschapsfonds.security.PasswordResets;

import java.util.List;

/**
 * The link in the reset mail ({@code reset-password?token=…}): a new password twice, checked against
 * the same rules as at registration plus the breached-password list; then to the sign-in page.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends AccountPage implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResets resets;
    private final PasswordField password = ComponentTexts.named(new PasswordField());
    private final PasswordField repeat = ComponentTexts.named(new PasswordField());
    private String token;

    ResetPasswordView(PasswordResets resets) {
        super("reset-password-view");
        this.resets = resets;
        password.setLabel(getTranslation("reset.newPassword"));
        password.setId("new-password");
        password.setWidthFull();
        password.setHelperText(getTranslation("account.password.helper", PasswordPolicy.messageArguments()));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("account.passwordRepeat"));
        repeat.setId("new-password-repeat");
        repeat.setWidthFull();
        repeat.setRequiredIndicatorVisible(true);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("reset.submit"), click -> save());
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new H1(getTranslation("reset.title")), new Paragraph(getTranslation("reset.intro")), password, repeat, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of())
                .stream().findFirst().orElse(null);
        try {
            resets.checkLink(token);
        } catch (AccountTokenRefusedException refused) {
            showRefused(refused);
        }
    }

    private void save() {
        repeat.setInvalid(false);
        password.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            resets.resetPassword(token, password.getValue());
        } catch (InvalidPasswordException refused) {
            password.setErrorMessage(getTranslation(refused.key(), PasswordPolicy.messageArguments()));
            password.setInvalid(true);
            return;
        } catch (AccountTokenRefusedException refused) {
            showRefused(refused);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "1")));
    }

    private void showRefused(AccountTokenRefusedException refused) {
        content.removeAll();
        content.add(refused("reset.refused.title", refused.reason()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " | " + getTranslation("app.name");
    }
}
