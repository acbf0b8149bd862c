package nl.gemeenschapsfonds.base;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The image's training start has no database: with app.migrate-on-start=false nothing may try to reach one. */
class MigrationsOnStartTest {

    /** A database nobody listens on. */
    private final Flyway unreachable = Flyway.configure()
            .dataSource("jdbc:postgresql://localhost:1/none", "none", "none").connectRetries(0).load();

    @Test
    void the_training_start_does_not_touch_the_database() {
        assertThatCode(() -> new MigrationsOnStart().migrationStrategy(false).migrate(unreachable)).doesNotThrowAnyException();
    }

    @Test
    void every_other_start_migrates() {
        assertThatThrownBy(() -> new MigrationsOnStart().migrationStrategy(true).migrate(unreachable))
                .isInstanceOf(FlywayException.class);
    }
}
