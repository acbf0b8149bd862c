package nl.gemeenschapsfonds.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.gemeenschapsfonds.security.SecondFactors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A password sign-in that still owes its second factor opens no page but the second-factor page (and the
 * sign-in page). The server side holds too: such a sign-in has no role, so views and services refuse it.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(enter -> {
            if (SecondFactors.isPending(SecurityContextHolder.getContext().getAuthentication())
                    && enter.getNavigationTarget() != SecondFactorView.class
                    && enter.getNavigationTarget() != LoginView.class) {
                enter.forwardTo(SecondFactorView.class);
            }
        }));
    }
}
