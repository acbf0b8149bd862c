package nl.gemeenschapsfonds;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.gemeenschapsfonds.test.MainClasses;
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
    private static final JavaClasses CLASSES = MainClasses.ALL;
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
            for (var file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    java.nio.file.Files.write(file, inStableOrder(java.nio.file.Files.readAllLines(file)));
                } else if (file.toString().endsWith(".adoc")) {
                    java.nio.file.Files.write(file, listsInStableOrder(java.nio.file.Files.readAllLines(file)));
                }
            }
        }
        String components = java.nio.file.Files.readString(java.nio.file.Path.of("docs/modules/components.puml"));
        for (var module : MODULES) {
            assertThat(components).as("the component diagram shows module %s", module.getName())
                    .contains("\"" + module.getDisplayName() + "\"");
            assertThat(java.nio.file.Path.of("docs/modules/module-" + module.getIdentifier() + ".adoc"))
                    .as("the canvas of module %s", module.getName()).exists();
        }
    }

    @Test
    void the_canvases_lists_come_out_in_one_order_whatever_order_the_documenter_wrote() {
        List<String> written = List.of("|Events listened to", "|* `n.g.s.UploadRefused` ", "* `n.g.p.AdvancePaid` ",
                "* `n.g.s.ApplicationSubmitted` ", "|===", "", "* `b`", "* `a`");

        assertThat(listsInStableOrder(written)).containsExactly("|Events listened to", "|* `n.g.p.AdvancePaid` ",
                "* `n.g.s.ApplicationSubmitted` ", "* `n.g.s.UploadRefused` ", "|===", "", "* `a`", "* `b`");
        assertThat(listsInStableOrder(List.of("|* `b`", "* `a`"))).isEqualTo(listsInStableOrder(List.of("|* `a`", "* `b`")));
    }

    /**
     * The canvases' lists (beans referenced, events listened to) sorted: the Documenter writes some of them in hash
     * order. A list is a line {@code |* …} or {@code * …} and the {@code * …} lines after it.
     */
    static List<String> listsInStableOrder(List<String> lines) {
        List<String> sorted = new java.util.ArrayList<>(lines);
        int start = 0;
        while (start < sorted.size()) {
            int end = start + 1;
            if (sorted.get(start).startsWith("* ") || sorted.get(start).startsWith("|* ")) {
                while (end < sorted.size() && sorted.get(end).startsWith("* ")) {
                    end++;
                }
                boolean cell = sorted.get(start).startsWith("|");
                List<String> items = new java.util.ArrayList<>(sorted.subList(start, end).stream()
                        .map(line -> line.startsWith("|") ? line.substring(1) : line).sorted().toList());
                if (cell) {
                    items.set(0, "|" + items.get(0));
                }
                for (int i = 0; i < items.size(); i++) {
                    sorted.set(start + i, items.get(i));
                }
            }
            start = end;
        }
        return sorted;
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
