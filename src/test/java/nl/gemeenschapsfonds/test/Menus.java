package nl.gemeenschapsfonds.test;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.security.Role;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The menu a role should see, derived from the views' {@code @Menu} and access annotations, so tests follow new views. */
public final class Menus {

    private Menus() {
    }

    public static List<String> expectedLabels(Role role, Locale locale) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        Translations translations = new Translations();
        return scanner.findCandidateComponents("nl.gemeenschapsfonds").stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), Menus.class.getClassLoader()))
                .filter(view -> view.isAnnotationPresent(Route.class))
                .filter(view -> view.isAnnotationPresent(PermitAll.class) || (view.isAnnotationPresent(RolesAllowed.class)
                        && Arrays.asList(view.getAnnotation(RolesAllowed.class).value()).contains(role.name())))
                .sorted(Comparator.comparingDouble(view -> view.getAnnotation(Menu.class).order()))
                .map(view -> translations.get(locale, view.getAnnotation(Menu.class).title()))
                .toList();
    }
}
