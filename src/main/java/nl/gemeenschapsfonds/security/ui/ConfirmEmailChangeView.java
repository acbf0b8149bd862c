package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.gemeenschapsfonds.security.AccountSettings;
import nl.gemeenschapsfonds.security.AccountTokenRefusedException;

import java.util.List;

/**
 * The link in the mail to a new address ({@code confirm-email-change?token=…}): the address becomes the
 * sign-in address, every session ends, and the user signs in again with it.
 */
@Route(value = "confirm-email-change", autoLayout = false)
@AnonymousAllowed
class ConfirmEmailChangeView extends AccountPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountSettings settings;
    private final AuthenticationContext authentication;

    ConfirmEmailChangeView(AccountSettings settings, AuthenticationContext authentication) {
        super("confirm-email-change-view");
        this.settings = settings;
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of())
                .stream().findFirst().orElse(null);
        try {
            settings.confirmEmailChange(token);
        } catch (AccountTokenRefusedException refused) {
            content.removeAll();
            content.add(refused("myAccount.email.refused.title", refused.reason()));
            return;
        }
        if (authentication.isAuthenticated()) {
            authentication.logout();
            return;
        }
        event.forwardTo("login", QueryParameters.of("emailChanged", "1"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myAccount.email.title") + " | " + getTranslation("app.name");
    }
}
