package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;

/**
 * The start page after sign-in forwards to the first view in the menu that the user's role may
 * open: each role's home is simply its first menu entry ({@code @Menu(order)}).
 */
@Route("")
@PermitAll
public final class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MenuConfiguration.getMenuEntries().stream().findFirst()
                .ifPresentOrElse(entry -> event.forwardTo(entry.path()),
                        () -> event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class));
    }
}
