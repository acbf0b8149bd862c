package nl.gemeenschapsfonds.demo;

import nl.gemeenschapsfonds.fund.FundService;
import nl.gemeenschapsfonds.fund.PayingAccount;
import nl.gemeenschapsfonds.report.ObligationItem;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.report.ReportStatus;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: "README and the demo data show the paying account and a report due". What the README promises a new user
 * of the demo is there, read through the services the pages use: the demo fund pays from the account the README
 * names, and the applicant the README sends to the final report of "Buurtkamer in het dorpshuis" finds it open.
 */
@IntegrationTest
class DemoDataInReadmeIT {

    @Autowired TestAuthorities authorities;
    @Autowired FundService funds;
    @Autowired ReportService reports;
    @Autowired JdbcClient jdbc;

    @Test
    void the_demo_fund_pays_from_the_account_the_readme_names() throws Exception {
        String readme = readme();
        long fund = jdbc.sql("select id from fund where name = 'Gemeenschapsfonds Zwolle'").query(Long.class).single();

        PayingAccount account = authorities.as(DemoUsers.ADMIN, () -> funds.payingAccount(fund)).orElseThrow();

        assertThat(readme).contains("paying account \"" + account.name() + "\", " + account.ibanFormatted() + ", BIC "
                + account.bic());
        assertThat(account.ibanFormatted()).isEqualTo("NL35 BNGH 0285 1678 90");
    }

    @Test
    void the_demo_applicant_finds_the_final_report_the_readme_sends_them_to_open() throws Exception {
        String readme = readme();
        assertThat(readme).contains("final report is due (De Linde, \"Buurtkamer in het dorpshuis\": sign in as `aanvrager@…`");
        long application = jdbc.sql("select id from grant_application where title = 'Buurtkamer in het dorpshuis'")
                .query(Long.class).single();

        ObligationItem report = authorities.as(DemoUsers.APPLICANT, () -> reports.myObligations(application)).stream()
                .filter(obligation -> obligation.kind() == ReportKind.FINAL).findFirst().orElseThrow();

        assertThat(report.status()).isEqualTo(ReportStatus.OPEN);
        assertThat(report.dueOn()).isNotNull();
    }

    /** The README with every run of white space as one space: how it is wrapped does not matter. */
    private static String readme() throws java.io.IOException {
        return Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
    }
}
