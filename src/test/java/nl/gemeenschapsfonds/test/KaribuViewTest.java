package nl.gemeenschapsfonds.test;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import nl.gemeenschapsfonds.base.ui.MainLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Base class of the karibu UI tests: a mocked Vaadin environment on the real Spring context and
 * database. {@link #login(String)} signs in as a real user (usually one of {@link DemoUsers}).
 */
@IntegrationTest
public abstract class KaribuViewTest {

    protected static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        // karibu registers routes, not @Layout classes: give the routes their automatic layout
        ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext()).setLayout(MainLayout.class);
        UI.getCurrent().setLocale(Locale.of("nl", "NL"));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the user with this e-mail address, as the login form would. */
    /**
     * All routes and error views of the application. Karibu's own discovery skips package-private
     * classes, and our views are package-private on purpose, so they are found with Spring's scanner.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> routes = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorRoutes = new HashSet<>();
        for (var definition : scanner.findCandidateComponents("nl.gemeenschapsfonds")) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), KaribuViewTest.class.getClassLoader());
            if (type.isAnnotationPresent(Route.class)) {
                routes.add((Class<? extends Component>) type);
            }
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorRoutes.add((Class<? extends HasErrorParameter<?>>) type);
            }
        }
        return new Routes(routes, errorRoutes, true);
    }

    protected void login(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    /** Navigates as a user following a link; {@code location} may carry a query string. */
    protected void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /** The texts of the notifications currently shown. */
    protected java.util.List<String> notificationTexts() {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text", ""))
                .toList();
    }

    protected void useEnglish() {
        UI.getCurrent().setLocale(Locale.of("en", "GB"));
    }
}
