package nl.gemeenschapsfonds.fund;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.gemeenschapsfonds.organisation.Organisations;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module read APIs {@link Funds} and {@link Organisations} carry no {@code @PreAuthorize} (services and
 * scheduled jobs of other modules call them after their own checks), so no view may use them.
 */
class FundsApiTest {

    @Test
    void views_never_use_the_unsecured_module_read_apis() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Funds.class)
                .orShould().dependOnClassesThat().areAssignableTo(Organisations.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.gemeenschapsfonds"));
    }
}
