package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.shared.Registration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entries of the signed-in menu ({@link MenuConfiguration#getMenuEntries()}), remembered per set of authorities
 * (issue 20 item 4). Building them runs Vaadin's access check of every {@code @Menu} route, which was 5–8 % of the
 * production jar's CPU while reviewers signed in; the outcome depends only on what that check reads, and in this
 * application that is the signed-in authentication's authorities: the views' {@code @RolesAllowed}/{@code @PermitAll}
 * (Vaadin's annotation checker; no other navigation access checker exists, {@code MenuCacheViewTest} fails if one is
 * added), and the second-factor step, which is an authority too ({@code SecondFactors.PENDING}).
 * <ul>
 *   <li>The key is the whole set of authority names, not only the role: an authentication with another authority
 *   (a sign-in still owing its second factor, an identity provider's extra ones) never shares entries with one
 *   without it.</li>
 *   <li>An entry holds route paths, icons and the titles' translation keys, in Vaadin's fixed order: the layout
 *   translates them for its own UI's language each time, so a language switch shows the other language at once.</li>
 *   <li>Only a request with a UI whose principal is the signed-in authentication is served from the cache; without a
 *   request or UI (a background thread; Vaadin then filters nothing), signed out or anonymous, the entries are built as
 *   before and not kept.</li>
 *   <li>Kept per Vaadin application (its context) and emptied whenever the application's routes change; at most
 *   {@value #MAX_KEYS} sets of authorities are kept (there are a handful: one per role, with or without a factor).</li>
 * </ul>
 */
final class MenuCache {

    static final int MAX_KEYS = 64;

    private final Map<Set<String>, List<MenuEntry>> entries = new ConcurrentHashMap<>();

    private MenuCache() {
    }

    /** The menu entries the current user may open, as {@link MenuConfiguration#getMenuEntries()} answers them. */
    static List<MenuEntry> entries() {
        VaadinService service = VaadinService.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // without a UI, Vaadin checks no access at all (it takes the access control from the UI): never keep that
        if (service == null || request == null || UI.getCurrent() == null || authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || request.getUserPrincipal() != authentication) {
            return MenuConfiguration.getMenuEntries();
        }
        List<String> names = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (names.contains(null)) { // an authority without a name cannot be told apart from another: no cache
            return MenuConfiguration.getMenuEntries();
        }
        MenuCache cache = service.getContext().getAttribute(MenuCache.class);
        return (cache != null ? cache : createFor(service.getContext())).entriesFor(Set.copyOf(names));
    }

    /**
     * The application's one cache, emptied when its routes change. Not built inside {@code getAttribute}'s supplier:
     * that runs holding the servlet context's monitor, and looking up the route registry takes the Vaadin context's
     * monitor and then the servlet context's ({@code ApplicationRouteRegistry.getInstance}). In that supplier the two
     * were taken in the opposite order, and on a node's first requests a layout and a page load deadlocked: the node
     * answered no page again (the cluster test's rolling restart in CI, 2026-12-06). Here no lock is held across another.
     */
    private static MenuCache createFor(VaadinContext context) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(context);
        MenuCache created = new MenuCache();
        Registration clearing = registry.addRoutesChangeListener(event -> created.entries.clear());
        MenuCache kept = context.getAttribute(MenuCache.class, () -> created);
        if (kept != created) { // another request's cache came first
            clearing.remove();
        }
        return kept;
    }

    private List<MenuEntry> entriesFor(Set<String> authorities) {
        List<MenuEntry> known = entries.get(authorities);
        if (known != null) {
            return known;
        }
        List<MenuEntry> built = List.copyOf(MenuConfiguration.getMenuEntries());
        if (entries.size() >= MAX_KEYS) {
            entries.clear();
        }
        entries.putIfAbsent(authorities, built);
        return built;
    }
}
