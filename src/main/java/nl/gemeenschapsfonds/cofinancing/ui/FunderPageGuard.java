package nl.gemeenschapsfonds.cofinancing.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.gemeenschapsfonds.cofinancing.FunderNotActiveException;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.security.Role;
import org.springframework.stereotype.Component;

/**
 * Before a {@link FunderPage} is built: when an administrator switched the user's funder off while the user
 * was signed in, the user sees {@link FunderNotActiveView} instead of the page (whose services refuse anyway).
 */
@Component
class FunderPageGuard implements VaadinServiceInitListener {

    private final PledgeService pledges;
    private final AuthenticationContext authentication;

    FunderPageGuard(PledgeService pledges, AuthenticationContext authentication) {
        this.pledges = pledges;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (FunderPage.class.isAssignableFrom(enter.getNavigationTarget()) && authentication.hasRole(Role.FUNDER_)) {
                try {
                    pledges.requireActiveFunder();
                } catch (FunderNotActiveException inactive) {
                    enter.rerouteToError(inactive, "");
                }
            }
        }));
    }
}
