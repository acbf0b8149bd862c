package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.internal.JacksonUtils;

/**
 * Texts that Vaadin's web components would speak in English on a Dutch page, and for which Vaadin 25.2's Flow components
 * have no setter: set in the user's language through the web component's own {@code i18n} property (WCAG 3.1.2;
 * a11y24). The row check boxes of a multi-select grid are {@link GridSelection}'s.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /**
     * The password field's eye button: "Wachtwoord tonen" instead of "Show password". Flow's {@code PasswordFieldI18n}
     * holds only the server's error messages; the web component reads the button's name from {@code i18n.reveal}.
     */
    public static PasswordField named(PasswordField field) {
        field.getElement().setPropertyJson("i18n",
                JacksonUtils.createObjectNode().put("reveal", field.getTranslation("passwordField.reveal")));
        return field;
    }

    /**
     * The login form's password field: its eye button named as {@link #named(PasswordField)}'s. That field is no Flow
     * component: Vaadin's login form writes it in the browser and gives it no texts for the button, and
     * {@code LoginI18n} has none either. So a script sets them, the one way there is; once the form has rendered,
     * and kept when it renders again (its template does not bind {@code i18n}).
     */
    public static LoginForm named(LoginForm form) {
        form.getElement().executeJs("""
                customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
                    const password = this.querySelector('vaadin-password-field');
                    if (password) {
                        password.i18n = {...password.i18n, reveal: $0};
                    }
                });""", form.getTranslation("passwordField.reveal"));
        return form;
    }
}
