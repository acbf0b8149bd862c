package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import nl.gemeenschapsfonds.base.ui.ComponentTexts;
import nl.gemeenschapsfonds.security.PasswordPolicy;

import java.util.function.Supplier;

/**
 * A password and its repetition, each telling what is wrong as soon as the user leaves it:
 * the same rules ({@link PasswordPolicy}) the service applies when the form is sent.
 */
final class PasswordFields {

    final PasswordField password = ComponentTexts.named(new PasswordField());
    final PasswordField repeat = ComponentTexts.named(new PasswordField());
    private final Supplier<String> email;

    PasswordFields(Supplier<String> email) {
        this.email = email;
        password.setLabel(password.getTranslation("account.password"));
        password.setId("password");
        password.setHelperText(password.getTranslation("account.password.helper", PasswordPolicy.messageArguments()));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setLabel(repeat.getTranslation("account.passwordRepeat"));
        repeat.setId("password-repeat");
        repeat.setRequiredIndicatorVisible(true);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.addValueChangeListener(e -> {
            check();
            if (!repeat.isEmpty()) {
                checkRepeat();
            }
        });
        repeat.addValueChangeListener(e -> checkRepeat());
    }

    /** Checks the password against the rules; also when the e-mail address changes. */
    void check() {
        if (password.isEmpty()) {
            password.setInvalid(false);
            return;
        }
        PasswordPolicy.violation(password.getValue(), email.get()).ifPresentOrElse(key -> {
            password.setErrorMessage(password.getTranslation(key, PasswordPolicy.messageArguments()));
            password.setInvalid(true);
        }, () -> password.setInvalid(false));
    }

    private void checkRepeat() {
        boolean differs = !repeat.getValue().equals(password.getValue());
        repeat.setErrorMessage(differs ? repeat.getTranslation("password.mismatch") : null);
        repeat.setInvalid(differs);
    }
}
