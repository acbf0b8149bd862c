package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.gemeenschapsfonds.base.ui.PublicPage;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;

import java.util.Map;

/**
 * What the pages where someone registers with a new account share: the e-mail address and password fields,
 * sending signed-in users to the start page, the messages at the fields, and the "check your mail" page
 * afterwards (the same whether or not the address had an account already).
 */
abstract class RegistrationPage extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final String titleKey;
    final EmailField email = new EmailField();
    final PasswordFields passwords = new PasswordFields(email::getValue);

    RegistrationPage(String id, String titleKey, AuthenticationContext authentication) {
        super(id);
        this.titleKey = titleKey;
        this.authentication = authentication;
        email.setLabel(getTranslation("account.email"));
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("account.validation.email"));
        email.addValueChangeListener(e -> passwords.check());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    /**
     * Sends the form with {@code register}; refused input is shown at {@code fields}, otherwise the page
     * turns into the "check your mail" page: the text {@code sentKey} with the address (id {@code sentId}) and a
     * link to the sign-in with the text {@code loginKey}.
     */
    void submit(Map<String, HasValidation> fields, Runnable register, String sentKey, String sentId, String loginKey) {
        ProblemMessages.clear(fields);
        try {
            register.run();
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message ->
                    Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
            return;
        }
        Paragraph sent = new Paragraph(getTranslation(sentKey, email.getValue().strip()));
        sent.setId(sentId);
        Anchor login = new Anchor("login", getTranslation(loginKey));
        content.removeAll();
        content.add(new H1(getTranslation("registration.sent.title")), sent,
                new Paragraph(getTranslation("registration.sent.spam")), new Paragraph(login));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
