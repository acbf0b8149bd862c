package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three access tests for every view the application has, found from its routes, so a new view
 * is covered the day it is added: signed out → sign-in page; a role the view does not allow →
 * denied; a role it allows → the view. Also: every view carries an access annotation, and each
 * role's menu lists exactly the views that role may open.
 */
class ViewAccessViewTest extends KaribuViewTest {

    /** Views that need a path parameter are covered by their own view tests. */
    static List<Class<? extends Component>> securedViews() {
        return routes().stream()
                .filter(view -> !view.getAnnotation(Route.class).value().contains(":"))
                .filter(view -> !view.isAnnotationPresent(AnonymousAllowed.class))
                .filter(view -> view != HomeView.class)
                // the user menu's language link: it forwards back at once (MainLayoutViewTest covers it)
                .filter(view -> view != LanguageView.class)
                // the second step of a sign-in: a user whose sign-in is complete is sent on to the start page
                // (SecondFactorViewTest covers it)
                .filter(view -> view != nl.gemeenschapsfonds.security.ui.SecondFactorView.class)
                .filter(view -> !view.getSimpleName().endsWith("TestView"))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    static List<Class<? extends Component>> routes() {
        return ROUTES.getRoutes().stream().filter(view -> view.isAnnotationPresent(Route.class)).toList();
    }

    static Set<Role> allowedRoles(Class<?> view) {
        if (view.isAnnotationPresent(PermitAll.class)) {
            return EnumSet.allOf(Role.class);
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return EnumSet.noneOf(Role.class);
        }
        EnumSet<Role> allowed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.value()).map(Role::valueOf).forEach(allowed::add);
        return allowed;
    }

    static Stream<Arguments> viewsAndRoles() {
        return securedViews().stream().flatMap(view -> Arrays.stream(Role.values())
                .map(role -> Arguments.of(view.getSimpleName(), view, role)));
    }

    static Stream<Arguments> views() {
        return securedViews().stream().map(view -> Arguments.of(view.getSimpleName(), view));
    }

    @Test
    void every_view_carries_an_access_annotation() {
        assertThat(routes()).isNotEmpty().allSatisfy(view -> assertThat(
                view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                        || view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                .as("%s has an access annotation", view.getName()).isTrue());
        assertThat(securedViews()).hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}: signed out goes to sign-in")
    @MethodSource("views")
    void signed_out_visitor_is_sent_to_the_login_page(String name, Class<? extends Component> view) {
        navigate(view.getAnnotation(Route.class).value());
        assertThat(_find(view)).isEmpty();
        _get(LoginForm.class);
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("viewsAndRoles")
    void a_role_sees_the_view_only_when_the_view_allows_it(String name, Class<? extends Component> view, Role role) {
        login(DemoUsers.of(role));
        navigate(view.getAnnotation(Route.class).value());
        if (allowedRoles(view).contains(role)) {
            assertThat(_find(view)).as("%s sees %s", role, name).hasSize(1);
        } else {
            assertThat(_find(view)).as("%s must not see %s", role, name).isEmpty();
            assertThat(_find(AccessDeniedView.class).size() + _find(NotFoundView.class).size())
                    .as("%s is told there is no access", role).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("roles")
    void the_menu_lists_exactly_the_views_the_role_may_open(Role role) {
        login(DemoUsers.of(role));
        navigate("");
        List<String> menuPaths = MenuShown.entries().stream().map(MenuShown.Entry::path).toList();
        List<String> expected = securedViews().stream()
                .filter(view -> view.isAnnotationPresent(com.vaadin.flow.router.Menu.class))
                .filter(view -> allowedRoles(view).contains(role))
                .map(view -> view.getAnnotation(Route.class).value())
                .toList();
        assertThat(menuPaths).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Role> roles() {
        return Arrays.stream(Role.values());
    }
}
