package nl.gemeenschapsfonds.demo;

import nl.gemeenschapsfonds.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataLoaderIT {

    private static final List<String> TABLES = List.of("authority", "fund", "fund_year_budget", "grant_call",
            "call_year_budget", "budget_movement", "organisation", "funder", "app_user", "grant_application", "pledge");

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demo_data_has_one_user_per_role_in_the_demo_authority_and_organisations() {
        Map<String, Long> roles = jdbc.sql("select role, count(*) as n from app_user where email like '%@gemeenschapsfonds.test' group by role")
                .query((rs, i) -> Map.entry(rs.getString("role"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(roles).containsOnlyKeys("APPLICANT", "REVIEWER", "DECISION_MAKER", "FINANCE", "FUNDER", "ADMIN");
        assertThat(jdbc.sql("select budget from fund_year_budget b join fund f on f.id = b.fund_id where f.name = 'Gemeenschapsfonds Zwolle' order by year")
                .query(java.math.BigDecimal.class).list())
                .containsExactly(new java.math.BigDecimal("2000000.00"), new java.math.BigDecimal("1500000.00"));
        assertThat(jdbc.sql("select count(*) from grant_call where status = 'PUBLISHED'").query(Long.class).single()).isPositive();
    }

    @Test
    void the_demo_fund_pays_from_the_municipalitys_account_which_is_no_applicants_account() {
        Map<String, Object> payer = jdbc.sql("select payer_name, payer_iban, payer_bic from fund where name = 'Gemeenschapsfonds Zwolle'")
                .query().singleRow();
        assertThat(payer).containsEntry("payer_name", "Gemeente Zwolle").containsEntry("payer_bic", "BNGHNL2G");
        assertThat(nl.gemeenschapsfonds.base.Iban.isValid((String) payer.get("payer_iban"))).isTrue();
        assertThat(jdbc.sql("select count(*) from organisation where iban = ?").param(payer.get("payer_iban")).query(Long.class).single())
                .isZero();
    }

    @Test
    void loading_the_demo_data_a_second_time_adds_nothing() throws Exception {
        Map<String, Long> before = counts();
        loader.run(new DefaultApplicationArguments());
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return TABLES.stream().collect(Collectors.toMap(table -> table,
                table -> jdbc.sql("select count(*) from " + table).query(Long.class).single()));
    }
}
