package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import nl.gemeenschapsfonds.base.ui.ComponentTexts;
import nl.gemeenschapsfonds.base.ui.LanguageSwitch;
import nl.gemeenschapsfonds.security.OidcSignIns;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import nl.gemeenschapsfonds.security.SignInFailure;

/**
 * Sign-in. A wrong password, an unknown address and a locked account all get the same message,
 * so the page never tells whether an account exists. Links to registration; after confirming an
 * address ({@code ?confirmed}) or accepting an invitation ({@code ?welcome}) it says so.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph message = new Paragraph();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        setId("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        login.setAction("login");
        login.setI18n(i18n());
        ComponentTexts.named(login); // the eye button of its password field, in the user's language
        // i14a: "Wachtwoord vergeten?" leads to the reset request page
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));

        LanguageSwitch language = new LanguageSwitch(locale -> {
        });
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        message.setId("login-message");
        message.addClassName("login-message");
        message.setVisible(false);
        Anchor register = new Anchor("register", getTranslation("login.register"));
        register.setId("login-register-link");
        // the public page of open calls is in the fund module: linked by its path, so security never depends on a feature
        Anchor openCalls = new Anchor("calls", getTranslation("login.openCalls"));
        openCalls.setId("login-open-calls");
        Anchor registerFunder = new Anchor("funder/register", getTranslation("login.registerFunder"));
        registerFunder.setId("login-register-funder-link");
        add(language, title, new Paragraph(getTranslation("login.intro")), message, login, register, registerFunder, openCalls);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("signin.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        if (parameters.containsKey("error")) {
            keepTypedEmail();
        }
        String success = parameters.containsKey("confirmed") ? "login.confirmed"
                : parameters.containsKey("welcome") ? "login.welcome"
                : parameters.containsKey("reset") ? "login.passwordReset"
                : parameters.containsKey("emailChanged") ? "login.emailChanged" : null;
        message.setVisible(success != null);
        message.setText(success == null ? "" : getTranslation(success));
    }

    /**
     * A button per configured identity provider (issue 14), under the password form: "Inloggen met
     * eHerkenning", "Inloggen met DigiD", or "Inloggen met" a municipality's own provider. None when none
     * is configured. A full page load (router-ignore): the redirect to the provider is not a Vaadin view.
     */
    @Autowired
    void addIdentityProviders(OidcSignIns oidcSignIns) {
        List<OidcSignIns.Option> options = oidcSignIns.options();
        if (options.isEmpty()) {
            return;
        }
        VerticalLayout buttons = new VerticalLayout();
        buttons.setId("login-providers");
        buttons.setPadding(false);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        for (OidcSignIns.Option option : options) {
            String label = switch (option.kind()) {
                case EHERKENNING -> getTranslation("login.oidc.eherkenning");
                case DIGID -> getTranslation("login.oidc.digid");
                case STAFF -> getTranslation("login.oidc.staff", option.name());
            };
            Anchor button = new Anchor(option.path(), label);
            button.setRouterIgnore(true);
            button.setId("login-oidc-" + option.id());
            button.addClassName("login-provider");
            buttons.add(button);
        }
        addComponentAtIndex(indexOf(login) + 1, buttons);
    }

    /**
     * After a failed attempt the e-mail address stays filled in (the form posts outside Vaadin, so it is
     * put back into the web component's field), and an attempt that came too soon says how long to wait.
     */
    private void keepTypedEmail() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session == null) {
            return;
        }
        SignInFailure.from(session::getAttribute).ifPresent(failure -> {
            login.getElement().executeJs("""
                    const form = this;
                    const fill = () => {
                        const field = form.querySelector('#vaadinLoginUsername');
                        if (!field) { requestAnimationFrame(fill); return; }
                        field.value = $0;
                        if ($0) { requestAnimationFrame(() => form.querySelector('#vaadinLoginPassword').focus()); }
                    };
                    fill();""", failure.typedEmail());
            String message = failure.pageExpired() ? getTranslation("login.error.expired")
                    : failure.waitSeconds().map(seconds -> getTranslation("login.error.wait", seconds)).orElse(null);
            if (message != null) {
                LoginI18n i18n = i18n();
                i18n.getErrorMessage().setMessage(message);
                login.setI18n(i18n);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
