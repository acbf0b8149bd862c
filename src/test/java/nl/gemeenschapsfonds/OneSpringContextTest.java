package nl.gemeenschapsfonds;

import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration, karibu and browser tests share one Spring context (ADR 0031, issue 20): its start (embedded
 * PostgreSQL, Flyway, demo data, Vaadin) is the most expensive thing in the suite, and Spring's test context cache
 * starts another one for every different configuration. So no test class may change the configuration: only
 * {@link IntegrationTest} carries {@code @SpringBootTest}, and nothing marks the context dirty, replaces a bean with
 * a mock or adds properties, profiles or configuration of its own. Reads the compiled test classes by reflection
 * (without initialising them): a second.
 */
class OneSpringContextTest {

    /** Annotations that give a test class a context of its own (or throw the shared one away). */
    private static final List<String> OWN_CONTEXT = List.of(
            "org.springframework.boot.test.context.SpringBootTest",
            "org.springframework.test.annotation.DirtiesContext",
            "org.springframework.test.context.TestPropertySource",
            "org.springframework.test.context.ActiveProfiles",
            "org.springframework.test.context.ContextConfiguration",
            "org.springframework.test.context.ContextHierarchy",
            "org.springframework.test.context.DynamicPropertySource",
            "org.springframework.boot.test.context.TestConfiguration",
            "org.springframework.context.annotation.Import",
            "org.springframework.boot.autoconfigure.ImportAutoConfiguration",
            // bean overrides: each different set of them is another context
            "org.springframework.test.context.bean.override.mockito.MockitoBean",
            "org.springframework.test.context.bean.override.mockito.MockitoSpyBean",
            "org.springframework.test.context.bean.override.convention.TestBean",
            "org.springframework.boot.test.mock.mockito.MockBean",
            "org.springframework.boot.test.mock.mockito.SpyBean");

    private static final List<String> TEST_METHODS = List.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest", "org.junit.jupiter.api.TestFactory");

    @Test
    void only_the_integration_test_annotation_configures_the_spring_context_of_a_test() {
        List<Class<?>> tests = testClasses();
        assertThat(tests.stream().filter(test -> MergedAnnotations.from(test, SearchStrategy.TYPE_HIERARCHY)
                .isPresent(IntegrationTest.class)).count()).as("integration tests found, so the rule checks something")
                .isGreaterThan(50);

        assertThat(offenders(tests)).as("these start a second Spring context (or throw the shared one away): use @IntegrationTest as "
                + "it is, make the test's own data, test the real parts (ADR 0031)").isEmpty();
    }

    @Test
    void a_test_that_marks_the_context_dirty_or_mocks_a_bean_is_found() {
        assertThat(offenders(List.of(DirtyFixture.class))).hasSize(2)
                .anySatisfy(offender -> assertThat(offender).contains("@DirtiesContext"))
                .anySatisfy(offender -> assertThat(offender).contains("@MockitoBean"));
        assertThat(offenders(List.of(OneSpringContextTest.class))).isEmpty();
    }

    /** Not run (its name matches no plugin's pattern, and it is nested): what the rule must find. */
    @IntegrationTest
    @org.springframework.test.annotation.DirtiesContext
    static class DirtyFixture {
        @org.springframework.test.context.bean.override.mockito.MockitoBean
        java.time.Clock clock;
    }

    private static List<String> offenders(List<Class<?>> tests) {
        List<String> offenders = new ArrayList<>();
        for (Class<?> test : tests) {
            for (Class<?> type = test; type != null && type != Object.class; type = type.getSuperclass()) {
                List<AnnotatedElement> places = new ArrayList<>(List.of(type));
                places.addAll(Arrays.asList(type.getDeclaredFields()));
                places.addAll(Arrays.asList(type.getDeclaredMethods()));
                Arrays.stream(type.getDeclaredClasses()).filter(nested -> nested != DirtyFixture.class).forEach(places::add);
                for (AnnotatedElement place : places) {
                    MergedAnnotations.from(place, SearchStrategy.DIRECT).stream()
                            .filter(annotation -> OWN_CONTEXT.contains(annotation.getType().getName()))
                            .filter(annotation -> !fromIntegrationTest(annotation))
                            .forEach(annotation -> offenders.add(test.getName() + ": @" + annotation.getType().getSimpleName()
                                    + " on " + place));
                }
            }
        }
        return offenders;
    }

    /** {@code @SpringBootTest} and {@code @ActiveProfiles} of the one shared configuration. */
    private static boolean fromIntegrationTest(MergedAnnotation<?> annotation) {
        return annotation.getRoot().getType() == IntegrationTest.class;
    }

    /** The compiled test classes with tests (and their base classes' annotations through them). */
    private static List<Class<?>> testClasses() {
        try {
            Path root = Path.of(OneSpringContextTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().contains("$"))
                        .map(file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceFirst("\\.class$", ""))
                        .filter(name -> name.startsWith("nl.gemeenschapsfonds."))
                        .<Class<?>>map(OneSpringContextTest::load)
                        .filter(type -> !Modifier.isAbstract(type.getModifiers()) && !type.isAnnotation() && hasTests(type))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasTests(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (Arrays.stream(c.getDeclaredMethods()).anyMatch(method -> Arrays.stream(method.getAnnotations())
                    .anyMatch(annotation -> TEST_METHODS.contains(annotation.annotationType().getName())))) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OneSpringContextTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot read test class " + name, e);
        }
    }
}
