package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gemeenschapsfonds.security.PasswordResets;

/**
 * "Wachtwoord vergeten?": asks for the e-mail address and answers the same whether or not it has an
 * account, so the page tells nobody which addresses are registered.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends AccountPage implements HasDynamicTitle {

    ForgotPasswordView(PasswordResets resets) {
        super("forgot-password-view");
        EmailField email = new EmailField(getTranslation("login.username"));
        email.setId("reset-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("account.validation.email"));
        email.setMaxLength(254);
        Paragraph sent = new Paragraph();
        sent.setId("reset-sent");
        sent.setVisible(false);
        Button send = new Button(getTranslation("reset.request.submit"), click -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            resets.requestReset(email.getValue());
            sent.setText(getTranslation("reset.request.sent", email.getValue()));
            sent.setVisible(true);
        });
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new H1(getTranslation("reset.request.title")), new Paragraph(getTranslation("reset.request.intro")),
                email, send, sent, new Paragraph(new Anchor("login", getTranslation("reset.toLogin"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.request.title") + " | " + getTranslation("app.name");
    }
}
