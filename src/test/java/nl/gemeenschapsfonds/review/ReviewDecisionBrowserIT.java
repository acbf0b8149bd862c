package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.submission.SubmissionService;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review and decision in real Chromium: the authority's reviewer takes a submitted application from
 * the work queue through intake and assessment, the decision maker grants it, and the applicant
 * downloads the decision letter from their own application page.
 */
class ReviewDecisionBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a-long-enough-password";

    /** Receives the receipt and the decision mail, which would otherwise fail to send and log errors. */
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    SubmissionService submissions;

    @Autowired
    Clock clock;

    private Staff staff;
    private String applicant;
    private long applicationId;
    private String reference;

    @BeforeEach
    void submittedApplicationInACallWithOneCriterion() throws Exception {
        int year = LocalDate.ofInstant(clock.instant(), Formats.ZONE).getYear() + 1;
        staff = authorities.newAuthority("Gemeente Besluittest");
        long call = applications.openCall(staff, new CallSpec("Regeling ontmoeting", AllocationMethod.FIRST_COME,
                new TreeMap<>(Map.of(year, amount("100000"))), 8,
                List.of(new Criterion("Bereik", "Reach", new BigDecimal("100"), 10))));
        applicant = authorities.newApplicant("Vereniging Besluittest");
        applicationId = applications.submitted(applicant, call, Map.of(year, amount("25000")));
        reference = authorities.as(applicant, () -> submissions.detail(applicationId).reference());
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void reviewer_assesses_decision_maker_grants_and_applicant_downloads_the_letter() throws Exception {
        signIn(staff.reviewer());
        spaceTicksARowWithoutOpeningIt();
        openFromTheWorkQueue();
        waitForText("review-status", "Ingediend");

        click("intake-complete");
        waitForText("review-status", "In beoordeling");
        check("no-conflict");
        click("assessment-start");
        type("score-0", "8");
        radio("recommendation", "Verlenen");
        type("assessment-motivation", "Bereikt veel ouderen in de wijk; de begroting is reëel.");
        click("assessment-complete");
        waitForText("review-status", "Wacht op besluit");
        signOut();

        signIn(staff.decisionMaker());
        openFromTheWorkQueue();
        waitForText("review-status", "Wacht op besluit");
        type("decision-motivation", "Voldoet aan de regeling en draagt bij aan ontmoeting in de buurt.");
        click("decision-take");
        confirmDialog();
        waitForText("review-status", "Verleend");
        waitForId("review-letter");
        signOut();

        signIn(applicant);
        go("applications/" + applicationId);
        assertThat(waitForId("application-status").getText()).isEqualTo("Verleend");
        String href = waitForId("decision-letter").getDomProperty("href");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> letter = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/pdf"));
        assertThat(new String(letter.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument pdf = Loader.loadPDF(letter.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Beschikking: subsidie verleend").contains(reference);
        }
    }

    private void signIn(String email) {
        signInAs(email, PASSWORD);
    }

    /**
     * By keyboard, Space on the first row's check box ticks it and Space again unticks it, and the work queue stays
     * shown: with the check boxes named per row (base/ui/GridSelection) Space opened the row's application instead.
     */
    private void spaceTicksARowWithoutOpeningIt() {
        go("work-queue");
        waitForId("work-queue-grid");
        // from the export link before the grid: Tab to its header, Tab to the first row's first cell (the check box)
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('work-queue-export-xlsx').focus()");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys(org.openqa.selenium.Keys.TAB).sendKeys(org.openqa.selenium.Keys.SPACE).perform();
        waitForText("work-queue-selection", "1 geselecteerd");
        assertThat(driver.getCurrentUrl()).endsWith("/work-queue");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.SPACE).perform();
        waitForText("work-queue-selection", "0 geselecteerd");
        assertThat(driver.getCurrentUrl()).endsWith("/work-queue");
    }

    /** Opens the work queue from the menu's home and clicks the row of this test's application. */
    private void openFromTheWorkQueue() {
        go("work-queue");
        // the row's application cell: the first cell is the selection checkbox (issue 21.4)
        click(gridRow("work-queue-grid", reference).get(1));
        waiting().until(d -> d.getCurrentUrl().endsWith("/review/" + applicationId));
        waitForId("review-application-view");
    }

    /** Presses the confirm button of the open confirm dialog ("Besluit nemen"). */
    private void confirmDialog() {
        waitForVisible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot=confirm-button]")).click();
        waitForVaadin();
    }
}
