package nl.gemeenschapsfonds.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settlement in real Chromium: the applicant submits the final report, the reviewer accepts it and proposes a
 * lower settlement, the decision maker settles, and the budget overview shows the released money as committed no more.
 */
class SettlementBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a-long-enough-password";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;

    private Staff staff;
    private String applicant;
    private long applicationId;
    private long reportId;

    @BeforeEach
    void aGrantOfTwentyThousandIn2027() throws Exception {
        staff = authorities.newAuthority("Gemeente Vaststeltest");
        long call = grants.openCall(staff, null, null, null);
        applicant = authorities.newApplicant("Vereniging Vaststeltest");
        applicationId = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        reportId = authorities.as(applicant, () -> reports.myObligations(applicationId)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow().id();
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void applicant_reports_reviewer_proposes_lower_decision_maker_settles_and_the_budget_shows_the_release() {
        signIn(applicant);
        open("applications/" + applicationId);
        click("report-open-" + reportId);
        waitForId("report-form-view");
        type("report-activities", "Elke woensdag een open tafel");
        type("report-visitorsPerWeek", "55");
        type("report-lonelinessChange", "Buren die elkaar niet kenden eten nu samen");
        type("report-spent-0", "34000");
        click("report-submit");
        waitForText("report-status", "Ingediend");
        signOut();

        signIn(staff.reviewer());
        open("aftercare/" + applicationId);
        click("report-accept-" + reportId);
        waitForId("settlement-proposal-form");
        type("settlement-reduction-0", "6000");
        waitForText("settlement-preview", "Vast te stellen: € 14.000,00");
        choose("settlement-reason-0", "Niet besteed");
        type("settlement-motivation", "Er is € 6.000 minder uitgegeven dan begroot.");
        click("settlement-propose");
        waitForId("settlement-proposed");
        signOut();

        signIn(staff.decisionMaker());
        open("aftercare/" + applicationId);
        click("settlement-decide");
        assertThat(waitForId("settlement-settled").getText()).contains("€ 14.000,00")
                .contains("Teruggevallen naar het budget van het jaar: € 6.000,00");

        open("budget");
        WebElement grid = waitForId("budget-grid-2027");
        String committed = waiting().until(d -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).filter(text -> text.equals("€ 14.000,00")).findFirst().orElse(null));
        assertThat(committed).isEqualTo("€ 14.000,00");
        java.util.List<String> cells = grid.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
        assertThat(cells).contains("€ 186.000,00").doesNotContain("€ 20.000,00");
    }

    private void signIn(String email) {
        open("login");
        login(email, PASSWORD);
        waitForId("current-user");
    }

    private void signOut() {
        click("logout");
        waitForId("login-view");
    }
}
