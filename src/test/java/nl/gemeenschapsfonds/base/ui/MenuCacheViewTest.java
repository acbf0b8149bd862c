package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import nl.gemeenschapsfonds.test.Menus;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The signed-in menu's entries, remembered per set of authorities ({@link MenuCache}, issue 20 item 4). */
class MenuCacheViewTest extends KaribuViewTest {

    private static final Locale DUTCH = Locale.of("nl", "NL");

    @Test
    void users_of_different_roles_signing_in_one_after_another_each_see_only_their_own_roles_menu() {
        for (int round = 0; round < 2; round++) { // the second round is served from the cache
            for (var user : List.of(new Object[]{DemoUsers.REVIEWER, Role.REVIEWER}, new Object[]{DemoUsers.ADMIN, Role.ADMIN},
                    new Object[]{DemoUsers.APPLICANT, Role.APPLICANT}, new Object[]{DemoUsers.FUNDER, Role.FUNDER})) {
                login((String) user[0]);
                assertThat(menuLabels(newLayout())).as("menu of %s, round %d", user[1], round)
                        .containsExactlyElementsOf(Menus.expectedLabels((Role) user[1], DUTCH));
            }
        }
    }

    @Test
    void the_second_layout_of_the_same_role_reuses_the_entries_instead_of_checking_every_route_again() {
        login(DemoUsers.REVIEWER);
        List<MenuEntry> first = MenuCache.entries();
        newLayout();
        List<MenuEntry> second = MenuCache.entries();
        assertThat(second).isSameAs(first).isNotEmpty();

        login(DemoUsers.ADMIN);
        assertThat(MenuCache.entries()).isNotSameAs(first).isNotEqualTo(first);
    }

    @Test
    void a_sign_in_still_owing_its_second_factor_does_not_get_the_entries_of_the_same_users_completed_sign_in() {
        login(DemoUsers.REVIEWER);
        assertThat(MenuCache.entries()).extracting(MenuEntry::title).contains("menu.workQueue");

        // the same reviewer's authentication after the password only (SecondFactors: no role, the pending authority)
        var reviewer = SecurityContextHolder.getContext().getAuthentication();
        var pending = UsernamePasswordAuthenticationToken.authenticated(reviewer.getPrincipal(), null,
                List.of(new SimpleGrantedAuthority("FACTOR_PASSWORD"), new SimpleGrantedAuthority("SECOND_FACTOR_PENDING")));
        SecurityContextHolder.getContext().setAuthentication(pending);
        var request = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(pending);
        request.setUserInRole((principal, role) -> false);

        assertThat(MenuCache.entries()).extracting(MenuEntry::title)
                .as("only what any signed-in user may open").containsExactly("menu.account");
    }

    @Test
    void the_cached_entries_are_translated_for_each_layout_so_a_language_switch_shows_the_other_language() {
        login(DemoUsers.REVIEWER);
        assertThat(menuLabels(newLayout())).containsExactlyElementsOf(Menus.expectedLabels(Role.REVIEWER, DUTCH))
                .contains("Werkvoorraad");

        useEnglish();
        assertThat(menuLabels(newLayout())).containsExactlyElementsOf(Menus.expectedLabels(Role.REVIEWER, Locale.of("en", "GB")))
                .contains("Work queue");
    }

    @Test
    void entries_read_without_a_ui_which_vaadin_does_not_filter_are_never_kept_for_the_role() {
        login(DemoUsers.REVIEWER);
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        com.vaadin.flow.component.UI.setCurrent(null);
        try {
            MenuCache.entries(); // whatever Vaadin answers here (without a UI it checks nothing), it is not remembered
        } finally {
            com.vaadin.flow.component.UI.setCurrent(ui);
        }
        assertThat(MenuCache.entries()).extracting(MenuEntry::title).doesNotContain("menu.funds", "menu.payments");
        assertThat(menuLabels(newLayout())).containsExactlyElementsOf(Menus.expectedLabels(Role.REVIEWER, DUTCH));
    }

    @Test
    void a_route_added_while_the_application_runs_appears_in_the_menu_of_the_roles_that_may_open_it() {
        login(DemoUsers.REVIEWER);
        assertThat(MenuCache.entries()).extracting(MenuEntry::path).doesNotContain("/menu-cache-probe");

        RouteConfiguration.forApplicationScope().setRoute("menu-cache-probe", ProbeView.class);

        assertThat(MenuCache.entries()).extracting(MenuEntry::path).contains("/menu-cache-probe");
    }

    /**
     * The cache holds while the menu's access check reads nothing but the authentication's authorities: Vaadin's
     * annotation checker. A navigation access checker of our own (one that looks at data) must not be added without
     * changing {@link MenuCache}.
     */
    @Test
    void the_menu_access_check_uses_only_the_views_access_annotations_which_depend_on_the_authorities_alone() throws Exception {
        NavigationAccessControl control = context.getBean(NavigationAccessControl.class);
        var field = NavigationAccessControl.class.getDeclaredField("checkerList");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<NavigationAccessChecker> checkers = new ArrayList<>((List<NavigationAccessChecker>) field.get(control));
        assertThat(checkers).isNotEmpty().allSatisfy(checker -> assertThat(checker).isInstanceOf(AnnotatedViewAccessChecker.class));
    }

    /**
     * A node's first layout while another request looks up the route registry, as on a node that just started with
     * users arriving (the cluster test's rolling restart in CI hung here): the registry's look-up holds the Vaadin
     * context's monitor and then asks for the servlet context's. The layout must not hold the servlet context's monitor
     * while it waits for the Vaadin context's; before the fix it did, and both threads stopped for good.
     */
    @Test
    void a_nodes_first_layout_and_a_route_registry_look_up_at_the_same_moment_both_finish() throws Exception {
        login(DemoUsers.REVIEWER);
        VaadinContext vaadinContext = VaadinService.getCurrent().getContext();
        vaadinContext.removeAttribute(MenuCache.class); // as on a node that just started
        Map<Class<?>, CurrentInstance> instances = CurrentInstance.getInstances();
        SecurityContext security = SecurityContextHolder.getContext();
        List<MenuEntry> built = new CopyOnWriteArrayList<>();
        VaadinSession session = VaadinSession.getCurrent();
        Thread layout = new Thread(() -> { // a request's thread, holding its session's lock as Vaadin's request handling does
            CurrentInstance.restoreInstances(instances);
            SecurityContextHolder.setContext(security);
            session.lock();
            try {
                built.addAll(MenuCache.entries());
            } finally {
                session.unlock();
            }
        }, "first-layout");
        Thread pageLoad = new Thread(() -> {
            synchronized (vaadinContext) { // where ApplicationRouteRegistry.getInstance holds it
                layout.start();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (layout.getState() != Thread.State.BLOCKED && layout.isAlive() && System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
                ApplicationRouteRegistry.getInstance(vaadinContext); // asks for the servlet context's monitor
            }
        }, "page-load");
        pageLoad.setDaemon(true);
        layout.setDaemon(true);
        session.unlock(); // the test's own thread holds it (karibu); the layout's thread takes it
        try {
            pageLoad.start();
            pageLoad.join(10_000);
            layout.join(10_000);
        } finally {
            if (!layout.isAlive()) {
                session.lock();
            }
        }

        assertThat(pageLoad.isAlive() || layout.isAlive()).as("the two threads deadlocked").isFalse();
        assertThat(built).extracting(MenuEntry::title).contains("menu.workQueue");
        assertThat(vaadinContext.getAttribute(MenuCache.class)).as("the first layout's cache is kept for the application").isNotNull();
        assertThat(MenuCache.entries()).extracting(MenuEntry::title).as("served from it, the same entries")
                .containsExactlyElementsOf(built.stream().map(MenuEntry::title).toList());
    }

    /** A signed-in layout as Vaadin builds it for a page load (the layout of every signed-in view). */
    private static MainLayout newLayout() {
        return VaadinService.getCurrent().getInstantiator().createComponent(MainLayout.class);
    }

    private static List<String> menuLabels(MainLayout layout) {
        return MenuShown.entries(layout).stream().map(MenuShown.Entry::label).toList();
    }

    /** A view registered at run time, for every signed-in user (not a {@code @Route}: no other test sees it). */
    @Menu(title = "menu.account", order = 99)
    @PermitAll
    static class ProbeView extends Div {
    }

}
