package nl.gemeenschapsfonds.scan;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness follows the scanner only when the administrator asks for it (APP_SCAN_REQUIRED_FOR_READINESS=true). */
class ScanReadinessTest {

    private final MalwareScanner none = new MalwareScanner(null, null, null);
    private final MalwareScanner unreachable = new MalwareScanner(
            new ClamdClient("127.0.0.1", 1, java.time.Duration.ofMillis(200), java.time.Duration.ofMillis(200)), null, null);

    @Test
    void a_scanner_that_does_not_answer_takes_readiness_down_only_when_required() {
        ScanConfiguration configuration = new ScanConfiguration();
        assertThat(configuration.scanReadiness(provider(unreachable), false).health(true).getStatus()).isEqualTo(Status.UP);
        assertThat(configuration.scanReadiness(provider(unreachable), true).health(true).getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void without_a_configured_scanner_uploads_are_refused_as_not_configured() {
        assertThat(none.configured()).isFalse();
        var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> none.requireClean(new byte[]{1}, "file", "a.pdf", "X", 1));
        assertThat(thrown).isInstanceOfSatisfying(nl.gemeenschapsfonds.base.InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("scan.notConfigured"));
        assertThat(new ScanConfiguration().malwareScannerHealthIndicator(none).health(true).getStatus()).isEqualTo(Status.DOWN);
    }

    private static org.springframework.beans.factory.ObjectProvider<MalwareScanner> provider(MalwareScanner scanner) {
        return new org.springframework.beans.factory.ObjectProvider<>() {
            @Override
            public MalwareScanner getObject(Object... args) {
                return scanner;
            }

            @Override
            public MalwareScanner getObject() {
                return scanner;
            }

            @Override
            public MalwareScanner getIfAvailable() {
                return scanner;
            }

            @Override
            public MalwareScanner getIfUnique() {
                return scanner;
            }
        };
    }
}
