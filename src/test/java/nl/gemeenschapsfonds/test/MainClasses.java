package nl.gemeenschapsfonds.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's classes (not the tests'), imported once for all ArchUnit rules of the unit tests: the import reads
 * every class of {@code nl.gemeenschapsfonds} and what they use from the class path, about ten seconds of CPU each time,
 * and {@code ModularityTest} and {@code FundsApiTest} did it each (issue 20). Read-only after the import, so the test
 * classes that run side by side (ADR 0031) share it safely.
 */
public final class MainClasses {

    /** Every class of the application, without the test classes. */
    public static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.gemeenschapsfonds");

    private MainClasses() {
    }
}
