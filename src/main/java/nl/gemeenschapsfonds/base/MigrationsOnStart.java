package nl.gemeenschapsfonds.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database migrations run when the application starts, unless {@code app.migrate-on-start=false}:
 * the one start that trains the image's AOT cache, which has no database (profile {@code aot-training}).
 * A switch read at run time, not {@code spring.flyway.enabled}: the image is built with Spring's AOT
 * processing, which decides at build time which beans exist (ADR 0015).
 */
@Configuration(proxyBeanMethods = false)
class MigrationsOnStart {

    @Bean
    FlywayMigrationStrategy migrationStrategy(@Value("${app.migrate-on-start:true}") boolean migrate) {
        return flyway -> {
            if (migrate) {
                flyway.migrate();
            }
        };
    }
}
