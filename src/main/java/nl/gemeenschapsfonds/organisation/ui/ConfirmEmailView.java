package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.gemeenschapsfonds.base.ui.PublicPage;
import nl.gemeenschapsfonds.organisation.EmailConfirmations;
import nl.gemeenschapsfonds.organisation.TokenRefusedException;

import java.util.List;

/**
 * The link in the confirmation mail ({@code confirm?token=…}): confirms the address and sends the
 * user to the sign-in page with a success message (or home, when signed in already); a link
 * that is unknown, used or expired gets an explanation instead.
 */
@Route(value = "confirm", autoLayout = false)
@AnonymousAllowed
class ConfirmEmailView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final EmailConfirmations confirmations;
    private final AuthenticationContext authentication;

    ConfirmEmailView(EmailConfirmations confirmations, AuthenticationContext authentication) {
        super("confirm-email-view");
        this.confirmations = confirmations;
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of())
                .stream().findFirst().orElse(null);
        try {
            confirmations.confirm(token);
        } catch (TokenRefusedException refused) {
            content.removeAll();
            content.add(new TokenRefusedMessage("confirm.refused.title", refused.reason()));
            return;
        }
        if (authentication.isAuthenticated()) {
            Notification.show(getTranslation("confirm.done"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            event.forwardTo("");
        } else {
            event.forwardTo("login", QueryParameters.of("confirmed", "1"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.title") + " | " + getTranslation("app.name");
    }
}
