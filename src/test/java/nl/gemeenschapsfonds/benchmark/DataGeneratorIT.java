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

    // the generator bulk-loads like an administrator (it resets sequences): as the schema owner, not the runtime role
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("migrationOwnerDataSource")
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
        assertThat(result.reviewers()).hasSize(DataGenerator.AUTHORITIES * (1 + DataGenerator.SIGN_IN_REVIEWERS));

        String applications = "(select id from grant_application where call_id in " + calls + ")";
        assertThat(jdbc.sql("""
                select count(*) from grant_application a join grant_call c on c.id = a.call_id where a.call_id in %s and
                  (select coalesce(sum(amount), 0) from financing_line where application_id = a.id and source = 'PRIVATE_FUNDER')
                  < c.min_private_share * (select sum(amount) from cost_line where application_id = a.id)""".formatted(calls))
                .query(Long.class).single()).as("private funders bring the call's minimum share").isZero();
        // assessments and decisions: every assessed application has one assessment, completed once it is past
        // assessment; every decided one a decision by someone else than its assessor, with the ledger's amounts
        assertThat(jdbc.sql("""
                select count(*) from grant_application a where a.id in %s
                  and a.status in ('IN_ASSESSMENT', 'AWAITING_DECISION', 'GRANTED', 'REFUSED')
                  and (select count(*) from assessment s where s.application_id = a.id
                       and (s.completed_at is not null) = (a.status <> 'IN_ASSESSMENT')) <> 1""".formatted(applications))
                .query(Long.class).single()).as("one assessment per assessed application").isZero();
        assertThat(jdbc.sql("select count(*) from decision where application_id in " + applications).query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from grant_application where status in ('GRANTED', 'REFUSED') and id in "
                        + applications).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from decision d join assessment s on s.application_id = d.application_id
                where d.decided_by = s.reviewer and d.application_id in %s""".formatted(applications)).query(Long.class).single())
                .as("four eyes").isZero();
        assertThat(jdbc.sql("""
                select count(*) from decision d where d.kind = 'GRANT' and d.application_id in %s
                  and (select coalesce(sum(amount), 0) from decision_amount where decision_id = d.id)
                      <> (select coalesce(sum(amount), 0) from budget_movement where application_id = d.application_id and kind = 'COMMIT')"""
                .formatted(applications)).query(Long.class).single()).as("granted = committed").isZero();
        // co-financing: pledges only where it is sought, never more than sought per year, in every state
        assertThat(jdbc.sql("""
                select count(*) from cofinancing_sought s where s.application_id in %s and
                  (select coalesce(sum(amount), 0) from pledge p where p.application_id = s.application_id and p.year = s.year
                   and p.status <> 'WITHDRAWN') > s.amount""".formatted(applications)).query(Long.class).single())
                .as("pledged within what is sought").isZero();
        assertThat(jdbc.sql("""
                select count(*) from pledge p join grant_application a on a.id = p.application_id
                where p.application_id in %s and not a.seeking_cofinancing""".formatted(applications)).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select distinct status from pledge where application_id in " + applications).query(String.class).list())
                .containsExactlyInAnyOrder("PLEDGED", "CONFIRMED", "RECEIVED", "VERIFIED", "WITHDRAWN");
    }
}
