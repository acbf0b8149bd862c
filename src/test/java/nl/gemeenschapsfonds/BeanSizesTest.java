package nl.gemeenschapsfonds;

import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's sizes, checked on the code as it is (no Spring context; reads the compiled main classes by reflection
 * without initialising them, and counts the lines of their sources): no constructor of a Spring bean (a
 * {@code @Component}, {@code @Service}, {@code @Repository}, {@code @Configuration}… or a Vaadin {@code @Route} view,
 * which Spring builds too) takes more than seven dependencies; no service is 350 lines or longer; no view 400 or longer.
 * A class that grows past them is split into parts that take records and fire events, or a service into named steps.
 */
class BeanSizesTest {

    static final int MAX_DEPENDENCIES = 7;
    static final int SERVICE_LINES = 350;
    static final int VIEW_LINES = 400;

    @Test
    void no_spring_bean_in_the_application_has_a_constructor_of_more_than_seven_dependencies() {
        List<Class<?>> beans = mainClasses().stream().filter(BeanSizesTest::isBean).toList();
        assertThat(beans).as("beans found, so the rule checks something").hasSizeGreaterThan(100);
        assertThat(tooManyDependencies(beans)).as("constructors over " + MAX_DEPENDENCIES + " dependencies").isEmpty();
    }

    @Test
    void no_service_reaches_three_hundred_and_fifty_lines_and_no_view_four_hundred() {
        List<Class<?>> classes = mainClasses().stream().filter(type -> !type.getName().contains("$")).toList();
        List<Class<?>> services = classes.stream().filter(BeanSizesTest::isService).toList();
        List<Class<?>> views = classes.stream().filter(BeanSizesTest::isView).toList();
        assertThat(services).as("services found").hasSizeGreaterThan(30);
        assertThat(views).as("views found").hasSizeGreaterThan(30);
        assertThat(tooLong(services, SERVICE_LINES)).as("services of " + SERVICE_LINES + " lines or more").isEmpty();
        assertThat(tooLong(views, VIEW_LINES)).as("views of " + VIEW_LINES + " lines or more").isEmpty();
    }

    @Test
    void a_bean_with_eight_dependencies_is_found_and_one_with_seven_is_not() {
        assertThat(isBean(Application.class)).as("a @SpringBootApplication is a @Component").isTrue();
        assertThat(isBean(EightFixture.class)).isFalse();
        assertThat(tooManyDependencies(List.of(EightFixture.class, SevenFixture.class)))
                .containsExactly(EightFixture.class.getName() + ": 8 dependencies");
    }

    @Test
    void a_file_over_the_limit_is_found() {
        assertThat(tooLong(List.of(BeanSizesTest.class), 10, "src/test/java")).hasSize(1);
        assertThat(tooLong(List.of(BeanSizesTest.class), 10_000, "src/test/java")).isEmpty();
    }

    /** What the rule must find; not annotated, or the application's component scan would make it a bean in the tests. */
    static class EightFixture {
        EightFixture(String a, String b, String c, String d, String e, String f, String g, String h) {
        }
    }

    static class SevenFixture {
        SevenFixture(String a, String b, String c, String d, String e, String f, String g) {
        }
    }

    private static boolean isBean(Class<?> type) {
        MergedAnnotations annotations = MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY);
        return annotations.isPresent(Component.class) || annotations.isPresent(Route.class);
    }

    private static boolean isService(Class<?> type) {
        return MergedAnnotations.from(type, SearchStrategy.DIRECT).isPresent(Service.class) || type.getSimpleName().endsWith("Service");
    }

    private static boolean isView(Class<?> type) {
        return MergedAnnotations.from(type, SearchStrategy.DIRECT).isPresent(Route.class) || type.getSimpleName().endsWith("View");
    }

    private static List<String> tooManyDependencies(List<Class<?>> beans) {
        List<String> offenders = new ArrayList<>();
        for (Class<?> bean : beans) {
            int most = Arrays.stream(bean.getDeclaredConstructors()).mapToInt(Constructor::getParameterCount).max().orElse(0);
            if (most > MAX_DEPENDENCIES) {
                offenders.add(bean.getName() + ": " + most + " dependencies");
            }
        }
        return offenders;
    }

    private static List<String> tooLong(List<Class<?>> classes, int limit) {
        return tooLong(classes, limit, "src/main/java");
    }

    private static List<String> tooLong(List<Class<?>> classes, int limit, String sources) {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : classes) {
            Path source = Path.of(sources, type.getName().replace('.', '/') + ".java");
            try (Stream<String> lines = Files.lines(source)) {
                long count = lines.count();
                if (count >= limit) {
                    offenders.add(source + ": " + count + " lines");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the source of " + type.getName(), e);
            }
        }
        return offenders;
    }

    /** The compiled classes of src/main (the folder that holds {@link Application}), nested ones included. */
    private static List<Class<?>> mainClasses() {
        try {
            Path root = Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceFirst("\\.class$", ""))
                        .filter(name -> name.startsWith("nl.gemeenschapsfonds.") && !name.endsWith("package-info"))
                        .<Class<?>>map(BeanSizesTest::load)
                        .filter(type -> !type.isAnonymousClass() && !type.isSynthetic() && !type.isLocalClass())
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, BeanSizesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot read class " + name, e);
        }
    }
}
