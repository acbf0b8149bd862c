package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.gemeenschapsfonds.security.Role;

import java.util.List;
import java.util.Optional;

/**
 * The start page after sign-in (and on {@code /}) forwards each role to its work: finance to the payments
 * due, reviewers to the work queue, decision makers to the decisions awaiting them (the work queue opens on
 * that status for them), applicants to their applications, funders to their projects, administrators to
 * the funds. A role not listed lands on its first menu entry.
 */
@Route("")
@PermitAll
public final class HomeView extends Div implements BeforeEnterObserver {

    /** In this order: a user with more than one role lands on the work of the first. */
    private static final List<Home> HOMES = List.of(
            new Home(Role.FINANCE_, "payments"),
            new Home(Role.DECISION_MAKER_, "work-queue"),
            new Home(Role.REVIEWER_, "work-queue"),
            new Home(Role.APPLICANT_, "applications"),
            new Home(Role.FUNDER_, "funder/projects"),
            new Home(Role.ADMIN_, "funds"));

    private final transient AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /**
     * The path of the signed-in user's work, where the start page would forward them; empty for a role not listed.
     * For a step that knows where the user goes next (the second factor just accepted): navigating there directly
     * builds the signed-in layout once, where a navigation to {@code ""} builds it for this view and again for the
     * forward.
     */
    public static Optional<String> homeOf(AuthenticationContext authentication) {
        return HOMES.stream().filter(h -> authentication.hasRole(h.role())).map(Home::path).findFirst();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> home = homeOf(authentication);
        if (home.isPresent()) {
            event.forwardTo(home.get());
            return;
        }
        MenuConfiguration.getMenuEntries().stream().findFirst()
                .ifPresentOrElse(entry -> event.forwardTo(entry.path()),
                        () -> event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class));
    }

    private record Home(String role, String path) {
    }
}
