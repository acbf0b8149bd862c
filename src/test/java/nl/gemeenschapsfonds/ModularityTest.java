package nl.gemeenschapsfonds;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of ../shared/CONVENTIONS.md, checked. */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.gemeenschapsfonds");

    @Test
    void features_depend_on_each_other_without_cycles_and_only_through_their_public_api() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void base_and_security_never_use_a_feature() {
        noClasses().that().resideInAnyPackage("nl.gemeenschapsfonds.base..", "nl.gemeenschapsfonds.security..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.gemeenschapsfonds.organisation..",
                        "nl.gemeenschapsfonds.fund..", "nl.gemeenschapsfonds.submission..", "nl.gemeenschapsfonds.review..",
                        "nl.gemeenschapsfonds.cofinancing..", "nl.gemeenschapsfonds.budget..", "nl.gemeenschapsfonds.demo..",
                        "nl.gemeenschapsfonds.audit..")
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
}
