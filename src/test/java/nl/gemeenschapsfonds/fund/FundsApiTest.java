package nl.gemeenschapsfonds.fund;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.gemeenschapsfonds.cofinancing.PledgeRecords;
import nl.gemeenschapsfonds.organisation.Organisations;
import nl.gemeenschapsfonds.payment.PaymentInstructions;
import nl.gemeenschapsfonds.review.Decisions;
import nl.gemeenschapsfonds.submission.ApplicationSummaries;
import nl.gemeenschapsfonds.test.MainClasses;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module read APIs without {@code @PreAuthorize} ({@link Funds}, {@link Organisations}, {@link Decisions},
 * {@link PledgeRecords}, {@link PaymentInstructions}, {@link ApplicationSummaries}: services, scheduled jobs and the integration API of other modules
 * call them after their own checks) must never be reached from a view, where no such check stands in front of them.
 */
class FundsApiTest {

    private static final JavaClasses MAIN = MainClasses.ALL;

    @Test
    void views_never_use_the_unsecured_module_read_apis() {
        assertThat(MAIN.stream().filter(c -> c.getPackageName().endsWith(".ui")).count())
                .as("the views were imported, so the rule below checks something").isGreaterThan(20);

        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Funds.class)
                .orShould().dependOnClassesThat().areAssignableTo(Organisations.class)
                .orShould().dependOnClassesThat().areAssignableTo(Decisions.class)
                .orShould().dependOnClassesThat().areAssignableTo(PledgeRecords.class)
                .orShould().dependOnClassesThat().areAssignableTo(PaymentInstructions.class)
                .orShould().dependOnClassesThat().areAssignableTo(ApplicationSummaries.class)
                .check(MAIN);
    }
}
