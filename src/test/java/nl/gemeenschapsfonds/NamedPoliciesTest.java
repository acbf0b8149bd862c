package nl.gemeenschapsfonds;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: a rule lives in a named policy ({@code …Policy} in src/main), pure Java, with a unit test that needs no
 * database — a surefire {@code …Test} (not an {@code …IT} or {@code …ViewTest}) that names it. Reads the sources as text.
 */
class NamedPoliciesTest {

    @Test
    void every_named_policy_has_a_unit_test_that_names_it() throws IOException {
        List<String> policies = sources(Path.of("src/main/java"), ".java").keySet().stream()
                .map(file -> file.getFileName().toString().replaceFirst("\\.java$", ""))
                .filter(name -> name.endsWith("Policy")).sorted().toList();
        assertThat(policies).as("policies found").hasSizeGreaterThan(20);
        Map<Path, String> unitTests = sources(Path.of("src/test/java"), "Test.java").entrySet().stream()
                .filter(test -> !test.getKey().getFileName().toString().endsWith("ViewTest.java"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // a unit test names the policy in code (not only in an import or a comment) and has test methods of its own: a file
        // that merely mentions java.lang.annotation.RetentionPolicy does not count for records.RetentionPolicy
        assertThat(policies).as("policies no unit test names").allSatisfy(policy -> {
            Pattern named = Pattern.compile("\\b" + policy + "\\b");
            assertThat(unitTests.values()).as(policy).anyMatch(text -> {
                String code = withoutImportsAndComments(text);
                return TESTS.matcher(code).find() && named.matcher(code).find();
            });
        });
    }

    /** A JUnit test method: plain, parameterized, repeated or a factory. */
    private static final Pattern TESTS = Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b");

    static String withoutImportsAndComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "").replaceAll("(?m)^import .*$", "");
    }

    @Test
    void an_import_or_a_comment_naming_a_policy_is_no_test_of_it() {
        String annotation = """
                import java.lang.annotation.RetentionPolicy; // RetentionPolicy
                /** RetentionPolicy */
                @interface IntegrationTest { }""";
        assertThat(withoutImportsAndComments(annotation)).doesNotContain("RetentionPolicy");
        assertThat(withoutImportsAndComments("class RetentionPolicyTest { @Test void x() { new RetentionPolicy(); } }"))
                .contains("RetentionPolicy").containsPattern(TESTS);
    }

    private static Map<Path, String> sources(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .collect(Collectors.toMap(file -> file, NamedPoliciesTest::read));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
