package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import nl.gemeenschapsfonds.base.ui.PublicPage;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.ui.ProblemMessages;
import nl.gemeenschapsfonds.organisation.InvitationAcceptance;
import nl.gemeenschapsfonds.organisation.InvitationDetails;
import nl.gemeenschapsfonds.organisation.TokenRefusedException;

import java.util.List;
import java.util.Map;

/**
 * The page behind an invitation link ({@code …?token=…}): shows the invitation, lets the invitee choose a
 * name and a password, accepts and sends them to the sign-in. Subclasses say whose invitation it is.
 */
abstract class InvitationPage extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final PasswordFields passwords = new PasswordFields(email::getValue);
    private final Map<String, HasValidation> fields;
    private String token;

    InvitationPage(String id) {
        super(id);
        email.setLabel(getTranslation("account.email"));
        email.setId("email");
        email.setReadOnly(true);
        displayName.setLabel(getTranslation("account.displayName"));
        displayName.setId("display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(200);
        fields = Map.of("displayName", displayName, "password", passwords.password, "passwordRepeat", passwords.repeat);
    }

    /** The open invitation behind this token; TokenRefusedException if it is unknown, used or expired. */
    abstract InvitationDetails invitation(String token);

    /** Accepts the invitation with what the invitee typed. */
    abstract void accept(String token, InvitationAcceptance acceptance);

    /** The paragraph above the form. */
    abstract String intro(InvitationDetails invitation);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of())
                .stream().findFirst().orElse(null);
        content.removeAll();
        InvitationDetails invitation;
        try {
            invitation = invitation(token);
        } catch (TokenRefusedException refused) {
            content.add(new TokenRefusedMessage("invite.refused.title", refused.reason()));
            return;
        }
        email.setValue(invitation.email());
        FormLayout form = new FormLayout(email, displayName, passwords.password, passwords.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button accept = new Button(getTranslation("invite.accept"), click -> accept());
        accept.setId("invite-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(intro(invitation));
        intro.setId("invite-intro");
        content.add(new H1(getTranslation("invite.title", invitation.organisationName())), intro, form, accept);
    }

    private void accept() {
        ProblemMessages.clear(fields);
        try {
            accept(token, new InvitationAcceptance(displayName.getValue(), passwords.password.getValue(),
                    passwords.repeat.getValue(), getLocale()));
        } catch (InvalidInputException invalid) {
            ProblemMessages.show(this, invalid, fields, message ->
                    Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
            return;
        } catch (TokenRefusedException refused) {
            content.removeAll();
            content.add(new TokenRefusedMessage("invite.refused.title", refused.reason()));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("welcome", "1")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invite.pageTitle") + " | " + getTranslation("app.name");
    }
}
