package nl.gemeenschapsfonds.scan;

import nl.gemeenschapsfonds.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Which clamd the application asks: {@code APP_CLAMAV_HOST}/{@code APP_CLAMAV_PORT} when set (production: the
 * official ClamAV image next to the application); otherwise, in the embedded default and the tests, a clamd the
 * application starts itself when Debian's {@code clamav-daemon} is installed; otherwise none, and every upload is
 * refused ("scanner not configured") with a warning in the log and on the health page.
 */
@Configuration(proxyBeanMethods = false)
class ScanConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScanConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedScanner embeddedClamd(@Value("${app.clamav.host:}") String host,
                                      @Value("${app.clamav.embedded.enabled:false}") boolean embedded,
                                      @Value("${app.clamav.embedded.executable:}") String executable,
                                      @Value("${app.clamav.embedded.start-timeout:60s}") Duration startTimeout,
                                      @Value("${app.clamav.stream-max-bytes:104857600}") long streamMaxBytes) {
        if (!host.isBlank() || !embedded) {
            return new EmbeddedScanner(null);
        }
        Path clamd = EmbeddedClamd.find(executable);
        if (clamd == null) {
            log.warn("""
                    NO MALWARE SCANNER: clamd is not installed (apt-get install clamav-daemon) and APP_CLAMAV_HOST is not set. \
                    Every upload is refused until a scanner is configured.""");
            return new EmbeddedScanner(null);
        }
        return new EmbeddedScanner(EmbeddedClamd.start(clamd, streamMaxBytes, startTimeout));
    }

    @Bean
    MalwareScanner malwareScanner(EmbeddedScanner embedded, AuditTrail audit, PlatformTransactionManager transactions,
                                  @Value("${app.clamav.host:}") String host,
                                  @Value("${app.clamav.port:3310}") int port,
                                  @Value("${app.clamav.connect-timeout:2s}") Duration connectTimeout,
                                  @Value("${app.clamav.read-timeout:60s}") Duration readTimeout) {
        ClamdClient client = null;
        if (!host.isBlank()) {
            client = new ClamdClient(host, port, connectTimeout, readTimeout);
        } else if (embedded.clamd() != null) {
            client = new ClamdClient("127.0.0.1", embedded.clamd().port(), connectTimeout, readTimeout);
        } else {
            log.warn("No malware scanner configured: uploads are refused (set APP_CLAMAV_HOST, or install clamav-daemon)");
        }
        return new MalwareScanner(client, audit, transactions);
    }

    /** {@code /actuator/health} (details for ADMIN): whether clamd answers; never part of readiness by itself. */
    @Bean
    HealthIndicator malwareScannerHealthIndicator(MalwareScanner scanner) {
        return () -> scannerHealth(scanner);
    }

    /**
     * In the readiness group: DOWN when clamd does not answer, but only with
     * {@code app.scan.required-for-readiness=true} ({@code APP_SCAN_REQUIRED_FOR_READINESS}); otherwise always UP,
     * so that a scanner outage stops uploads, not the whole application.
     */
    @Bean
    HealthIndicator scanReadinessHealthIndicator(ObjectProvider<MalwareScanner> scanner, Environment environment) {
        // read at each check, not once: the setting can change with the environment (a test turns it on and off)
        return () -> scanReadiness(scanner,
                environment.getProperty("app.scan.required-for-readiness", Boolean.class, false)).health(true);
    }

    HealthIndicator scanReadiness(ObjectProvider<MalwareScanner> scanner, boolean required) {
        return () -> required ? scannerHealth(scanner.getObject()) : Health.up().withDetail("required", false).build();
    }

    private static Health scannerHealth(MalwareScanner scanner) {
        if (!scanner.configured()) {
            return Health.down().withDetail("scanner", "not configured: uploads are refused until a scanner is configured").build();
        }
        return (scanner.available() ? Health.up() : Health.down().withDetail("uploads", "refused while clamd does not answer"))
                .withDetail("clamd", scanner.address()).build();
    }
}
