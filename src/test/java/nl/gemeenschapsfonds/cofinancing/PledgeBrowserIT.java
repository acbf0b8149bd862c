package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.IntakeService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Co-financing in real Chromium: a funder finds a project in the marketplace and pledges on its page;
 * the applicant sees the pledge on the application page; the funder confirms it; the decision maker's
 * page then shows the call's co-financing rule met on the confirmed pledges.
 */
class PledgeBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a-long-enough-password";
    /** An amount no other test's project misses, so that the marketplace filter leaves this one project. */
    private static final String SOUGHT = "98765";

    /** Receives the pledge mails, which would otherwise fail to send and log errors. */
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    UserAccounts accounts;

    @Autowired
    IntakeService intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Staff staff;
    private String applicant;
    private String funder;
    private long applicationId;

    @BeforeEach
    void aProjectSeekingCoFinancing() throws Exception {
        int year = LocalDate.ofInstant(clock.instant(), Formats.ZONE).getYear() + 1;
        staff = authorities.newAuthority("Gemeente Toezegtest");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(year, amount("100000"))));
        jdbc.sql("update grant_call set min_private_share = 0.2000 where id = ?").param(call).update();
        applicant = authorities.newApplicant("Vereniging Toezegtest");
        // costs 200,000: grant 100,000, municipality 1,235, private funders 98,765
        applicationId = applications.submittedSeekingCoFinancing(applicant, call, Map.of(year, amount("100000")),
                amount(SOUGHT));
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'FOUNDATION') returning id")
                .param("Stichting Toezeg " + key).query(Long.class).single();
        funder = "funder-" + key + "@test.example";
        accounts.create(funder, "Financier " + key, PASSWORD, Role.FUNDER, null, null, funderId);
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void funder_pledges_applicant_sees_it_funder_confirms_and_the_decision_maker_sees_the_rule_met() throws Exception {
        signIn(funder);
        go("funder/marketplace");
        click("marketplace-filter-button"); // issue 20: the filters sit in a panel built when first opened (views20)
        type("marketplace-minimum", SOUGHT);
        click("marketplace-open-" + applicationId);
        waitForId("pledge-form");
        type("pledge-amount", SOUGHT);
        click("pledge-submit");
        waiting().until(d -> jdbc.sql("select count(*) from pledge where application_id = ?").param(applicationId)
                .query(Long.class).single() > 0);
        long pledgeId = jdbc.sql("select id from pledge where application_id = ?").param(applicationId)
                .query(Long.class).single();
        // a pledge not yet confirmed does not close the gap
        waitForId("pledge-" + pledgeId);
        assertThat(textOf(waitForId("funder-project-missing"))).isEqualTo(Formats.money(new BigDecimal(SOUGHT), Locale.of("nl", "NL")));
        signOut();

        signIn(applicant);
        go("applications/" + applicationId);
        assertThat(textOf(waitForId("applicant-pledge-" + pledgeId))).contains("Stichting Toezeg").contains("Toegezegd");
        signOut();

        signIn(funder);
        go("funder/projects/" + applicationId);
        click("pledge-confirm-" + pledgeId);
        waiting().until(d -> d.findElements(By.id("pledge-confirm-" + pledgeId)).isEmpty());
        assertThat(textOf(waitForId("pledge-" + pledgeId))).contains("Bevestigd");
        waitForText("funder-project-missing", Formats.money(BigDecimal.ZERO, Locale.of("nl", "NL")));
        signOut();

        authorities.as(staff.reviewer(), () -> intake.completeIntake(applicationId));
        applications.assess(staff, applicationId);
        signIn(staff.decisionMaker());
        go("review/" + applicationId);
        String rules = textOf(waitForId("pledge-rules-results"));
        assertThat(rules).startsWith("Voldaan").doesNotContain("Niet voldaan");
    }

    private void signIn(String email) {
        signInAs(email, PASSWORD);
    }
}
