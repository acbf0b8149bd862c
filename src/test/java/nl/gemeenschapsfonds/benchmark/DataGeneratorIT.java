package nl.gemeenschapsfonds.benchmark;

import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark data generator on a small scale: the counts, and the domain's own rules hold for what it makes. */
@IntegrationTest
class DataGeneratorIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_thousand_generated_applications_have_balanced_plans_and_ledgers_within_their_ceilings() {
        DataGenerator.Result result = new DataGenerator(dataSource, 42).generate(1000);
        String authorities = "(select id from authority where code like '" + result.tag() + "-%')";
        String calls = "(select c.id from grant_call c join fund f on f.id = c.fund_id where f.authority_id in " + authorities + ")";

        assertThat(jdbc.sql("select count(*) from grant_application where call_id in " + calls).query(Long.class).single()).isEqualTo(1000);
        assertThat(jdbc.sql("select count(distinct status) from grant_application where call_id in " + calls).query(Long.class).single())
                .as("applications in all states").isGreaterThanOrEqualTo(7);
        assertThat(jdbc.sql("select count(*) from grant_application where call_id in " + calls
                + " and status <> 'DRAFT' and (reference is null or submitted_at is null)").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from grant_application a where a.call_id in %s and
                  (select sum(amount) from cost_line where application_id = a.id)
                  <> (select sum(amount) from financing_line where application_id = a.id)""".formatted(calls))
                .query(Long.class).single()).as("every plan balances").isZero();
        assertThat(jdbc.sql("""
                select count(*) from grant_application a where a.call_id in %s and
                  (select sum(amount) from financing_line where application_id = a.id and source = 'GRANT')
                  > 0.5 * (select sum(amount) from cost_line where application_id = a.id)""".formatted(calls))
                .query(Long.class).single()).as("the fund pays at most half").isZero();
        assertThat(jdbc.sql("""
                select count(*) from call_year_budget b where b.call_id in %s and (b.committed > b.ceiling or b.committed <>
                  coalesce((select sum(amount) from budget_movement m where m.call_id = b.call_id and m.year = b.year and m.kind = 'COMMIT'), 0))"""
                .formatted(calls)).query(Long.class).single()).as("ledgers within their ceilings and equal to their movements").isZero();
        assertThat(jdbc.sql("select count(*) from budget_movement where kind = 'COMMIT' and call_id in " + calls).query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from grant_application where status = 'GRANTED' and call_id in " + calls)
                        .query(Long.class).single());
        assertThat(result.reviewers()).hasSize(DataGenerator.AUTHORITIES);
    }
}
