package nl.gemeenschapsfonds.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.cofinancing.PledgeForm;
import nl.gemeenschapsfonds.cofinancing.PledgeKind;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.review.IntakeService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23 (WCAG 1.4.10): the applicant's report form reflows at 320 CSS px. Its rows (the pledge's date and amount,
 * the upload, the buttons) wrap, and the upload's "drop files here" wraps under its button (app.css) instead of making
 * the content area 307 px wide in 305 px, as it was until the third session. A text marked by a refused submit is no
 * longer red once valid text is typed into it (issue 13).
 */
class ReportFormReflowBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a-long-enough-password";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired PledgeService pledges;
    @Autowired IntakeService intake;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void the_report_form_with_a_pledge_to_report_fits_a_320_px_wide_window_without_scrolling_sideways() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Smalscherm");
        long call = grants.openCall(staff, null, null, null);
        String applicant = authorities.newApplicant("Vereniging Smalscherm");
        long id = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("20000"), 2028, amount("5000")),
                amount("2000"));
        String funder = newFunder();
        long pledge = authorities.as(funder, () -> pledges.pledge(new PledgeForm(id, 2027, amount("2000"), PledgeKind.CASH, null, null)));
        long version = authorities.as(funder, () -> pledges.myPledges()).stream().filter(p -> p.id() == pledge).findFirst()
                .orElseThrow().version();
        authorities.as(funder, () -> pledges.confirm(pledge, version, null));
        authorities.as(staff.reviewer(), () -> intake.completeIntake(id));
        applications.assess(staff, id, 8);
        applications.decide(staff, id, new TreeMap<>(Map.of(2027, amount("20000"), 2028, amount("5000"))));
        long reportId = authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow().id();
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
        signInAs(applicant, PASSWORD);

        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        try {
            open("applications/" + id + "/reports/" + reportId);
            waitForId("report-form-view");
            waitForId("report-pledge-amount-" + pledge);
            waitForId("report-upload");
            waitForVaadin();
            List<String> sideways = (List<String>) js("""
                    const over = [];
                    const root = document.documentElement;
                    if (root.scrollWidth > root.clientWidth) {
                        over.push('the page is ' + root.scrollWidth + ' px wide');
                    }
                    const scan = root => {
                        for (const element of root.querySelectorAll('*')) {
                            const style = getComputedStyle(element);
                            if (['auto', 'scroll'].includes(style.overflowX) && element.clientWidth > 0
                                    && element.scrollWidth > element.clientWidth + 1) {
                                over.push(element.localName + (element.id ? '#' + element.id : '')
                                    + (element.getAttribute('part') ? '[part=' + element.getAttribute('part') + ']' : '')
                                    + ' scrolls sideways: ' + element.scrollWidth + ' px in ' + element.clientWidth + ' px');
                            }
                            if (element.shadowRoot) {
                                scan(element.shadowRoot);
                            }
                        }
                    };
                    scan(document);
                    return over;""");
            assertThat(sideways).as("parts of the report form that scroll sideways at 320 px").isEmpty();
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        // issue 13, en13's walk: a text marked red by a refused submit was seen red after valid text was typed. In Chromium
        // the mark goes once the text reaches the server (on leaving the field, or 1.5 s after typing stops); the other
        // field the refusal marked stays red until it is put right. (walk13: this passed with and without the view's
        // explicit clearing, so it guards the behaviour rather than proving that line)
        click("report-submit");
        waiting().until(d -> d.findElement(By.id("report-activities")).getDomAttribute("invalid") != null);
        type("report-activities", "Elke week een soepmiddag met de buurt.");
        waiting().until(d -> "Alles is bewaard".equals(d.findElement(By.id("report-saved")).getText()));
        assertThat(waitForId("report-activities").getDomAttribute("invalid")).as("put right by typing: no longer red").isNull();
        assertThat(waitForId("report-visitorsPerWeek").getDomAttribute("invalid")).as("a field not yet put right stays red")
                .isNotNull();
    }

    private String newFunder() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'FOUNDATION') returning id").param("Stichting " + key)
                .query(Long.class).single();
        String email = "funder-" + key + "@test.example";
        accounts.create(email, "Financier " + key, PASSWORD, Role.FUNDER, null, null, funderId);
        return email;
    }
}
