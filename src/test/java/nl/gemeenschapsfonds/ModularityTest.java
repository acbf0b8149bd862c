package nl.gemeenschapsfonds;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of ../shared/CONVENTIONS.md, checked. The modules are derived, not listed: every direct
 * sub-package of {@code nl.gemeenschapsfonds} is one (Spring Modulith), so a new package is covered the day it is
 * added. What the module check cannot see, SQL on another module's tables, {@link TableOwnershipTest} checks.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.gemeenschapsfonds");
    /** The shared kernel and security: what every feature may use, and which use no feature. */
    private static final List<String> FOUNDATION = List.of("base", "security");

    @Test
    void the_modules_are_every_package_of_the_application() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .as("a sanity check of the derivation, not the list of modules")
                .contains("base", "security", "submission", "review", "payment", "report", "mailbox", "register", "api", "demo");
    }

    @Test
    void features_depend_on_each_other_without_cycles_and_only_through_their_public_api() {
        MODULES.verify();
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void base_and_security_never_use_a_feature() {
        String[] features = MODULES.stream()
                .filter(module -> !FOUNDATION.contains(module.getIdentifier().toString()))
                .map(module -> module.getBasePackage().getName() + "..")
                .toArray(String[]::new);
        assertThat(features).hasSizeGreaterThan(10);
        noClasses().that().resideInAnyPackage(FOUNDATION.stream().map(p -> "nl.gemeenschapsfonds." + p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .check(CLASSES);
    }

    @Test
    void domain_time_comes_from_the_injected_clock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .because("tests must be able to move time: use the Clock bean")
                .check(CLASSES);
    }

    /**
     * The picture of the modules, always the code's: the C4 component diagram of all modules, one diagram and one
     * module canvas per module (PlantUML and Asciidoc), written into docs/modules on every run. Commit them with
     * the change that moved them.
     */
    @Test
    void writes_the_module_documentation_into_docs_modules() throws java.io.IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("docs/modules"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                java.nio.file.Files.write(file, inStableOrder(java.nio.file.Files.readAllLines(file)));
            }
        }
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
    }

    /**
     * The diagrams' components and relations sorted: the Documenter writes them in hash order, which would change
     * the committed files on every run without any change in the code.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> sorted = new java.util.ArrayList<>(lines);
        int start = 0;
        while (start < sorted.size()) {
            int end = start;
            while (end < sorted.size() && isElement(sorted.get(end))) {
                end++;
            }
            if (end > start) {
                java.util.Collections.sort(sorted.subList(start, end));
                start = end;
            } else {
                start++;
            }
        }
        return sorted;
    }

    private static boolean isElement(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") || trimmed.startsWith("Component(");
    }
}
