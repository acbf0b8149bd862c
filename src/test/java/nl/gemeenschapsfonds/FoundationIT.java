package nl.gemeenschapsfonds;

import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FoundationIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_migration_ran_successfully_on_real_postgresql() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 15");
        var failed = jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single();
        var applied = jdbc.sql("select count(*) from flyway_schema_history where success and version is not null")
                .query(Long.class).single();
        assertThat(failed).isZero();
        assertThat(applied).isGreaterThanOrEqualTo(2);
    }

    @Test
    void all_342_municipalities_with_their_cbs_codes_are_loaded() {
        assertThat(jdbc.sql("select count(*) from municipality").query(Long.class).single()).isEqualTo(342L);
        assertThat(jdbc.sql("select name from municipality where code = 'GM0518'").query(String.class).single())
                .isEqualTo("'s-Gravenhage");
    }
}
