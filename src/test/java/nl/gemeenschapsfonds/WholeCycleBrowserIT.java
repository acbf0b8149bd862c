package nl.gemeenschapsfonds;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.test.ApplicantPortal;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole grant cycle in one run of real Chromium, every role through its own pages (issue 13): a new applicant
 * registers, confirms the address through the mailed link, completes the profile, fills the seven steps of the wizard
 * (with uploads) and submits; the reviewer does the intake with the attachments in view (and downloads one) and
 * assesses; the decision maker grants; a funder pledges and confirms; finance pays the advance on its due date (the
 * clock moved there); the applicant reports, with a refused submit first whose text survives a reload; the reviewer
 * accepts and proposes the settlement, the decision maker settles.
 * <p>
 * The applicant's part runs in Dutch up to the report, and in English from the report on (switched once with the
 * language switch, as a person would); the applicant's pages are read in both. Every Dutch page the test visits is
 * checked for English words of Vaadin's own defaults ({@link BrowserTest#ENGLISH_VAADIN_DEFAULTS}); a failure names
 * the page and the word.
 */
class WholeCycleBrowserIT extends BrowserTest {

    private static final String PASSWORD = "koffie-in-het-dorpshuis";
    private static final String STAFF_PASSWORD = "a-long-enough-password";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @TempDir
    Path files;

    private Staff staff;
    private String key;
    private String callTitle;
    private long callId;
    private int year;
    private String applicant;
    private String organisation;
    private String funder;

    @BeforeEach
    void anOpenCallOfAFreshAuthorityAndAFunder() throws Exception {
        year = LocalDate.ofInstant(clock.instant(), Formats.ZONE).getYear() + 1;
        key = UUID.randomUUID().toString().substring(0, 8);
        staff = authorities.newAuthority("Gemeente Rondgang");
        callTitle = "Regeling rondgang " + key;
        callId = applications.openCall(staff, new CallSpec(callTitle, AllocationMethod.FIRST_COME,
                new TreeMap<>(Map.of(year, amount("100000"))), 8,
                List.of(new Criterion("Bereik", "Reach", new BigDecimal("100"), 10))));
        applicant = "rondgang-" + key + "@vereniging.test";
        organisation = "Vereniging Dorpshuis " + key;
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'FOUNDATION') returning id")
                .param("Stichting Rondgang " + key).query(Long.class).single();
        funder = "funder-" + key + "@test.example";
        accounts.create(funder, "Financier " + key, STAFF_PASSWORD, Role.FUNDER, null, null, funderId);
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void a_grant_goes_from_registration_to_settlement_with_the_applicant_in_dutch_and_in_english() throws Exception {
        ApplicantPortal portal = new ApplicantPortal(this, greenMail, files);

        // the applicant, in Dutch: register, confirm, profile, the wizard, submit
        portal.register(applicant, "Riet Rondgang", organisation, PASSWORD);
        dutchPage("/register (sent)");
        portal.confirmThroughTheMailedLink(applicant);
        dutchPage("/login (address confirmed)");
        login(applicant, PASSWORD);
        waitForId("my-applications-view");
        dutchPage("/applications");
        portal.completeTheOrganisationProfile(organisation);
        dutchPage("/organisation");
        long applicationId = portal.startApplication(callId);
        dutchPage("wizard step 1");
        portal.next(2);
        portal.facility();
        dutchPage("wizard step 2");
        portal.next(3);
        portal.project("Een keuken voor het dorpshuis " + key, year);
        dutchPage("wizard step 3 (dates)");
        portal.next(4);
        portal.costs();
        dutchPage("wizard step 4");
        portal.next(5);
        portal.financing();
        // the association seeks € 2.000 of co-financing from private funders in the project's year
        check("wizard-seekingCofinancing");
        type("wizard-missing-" + year, "2000");
        dutchPage("wizard step 5");
        portal.next(6);
        portal.attachments(organisation);
        dutchPage("wizard step 6 (uploads)");
        portal.next(7);
        assertThat(textOf(waitForId("wizard-review"))).contains("Alles is compleet.");
        dutchPage("wizard step 7");
        portal.submitSigningTheDeclaration();
        waiting().until(d -> d.getCurrentUrl().endsWith("/applications/" + applicationId));
        waitForText("application-status", "Ingediend");
        String reference = reference();
        dutchPage("/applications/" + applicationId + " (submitted)");
        click("application-submitted");
        waitForId("submitted-application-view");
        dutchPage("/applications/" + applicationId + "/submitted");
        signOut();

        // the reviewer: intake with the attachments in view, then the assessment
        signIn(staff.reviewer());
        open("work-queue");
        dutchPage("/work-queue");
        // the row's application cell: the first cell is the selection checkbox (issue 21.4)
        click(gridRow("work-queue-grid", reference).get(1));
        waiting().until(d -> d.getCurrentUrl().endsWith("/review/" + applicationId));
        waitForText("review-status", "Ingediend");
        dutchPage("/review/" + applicationId + " (intake)");
        WebElement attachments = waitForId("review-attachments");
        assertThat(textOf(attachments)).contains("begroting.pdf", "statuten.pdf", "uittreksel-kvk.pdf");
        WebElement budget = attachments.findElements(By.tagName("a")).stream()
                .filter(link -> textOf(link).equals("begroting.pdf")).findFirst().orElseThrow();
        HttpResponse<byte[]> download = downloadWithTheBrowsersSession(budget.getDomProperty("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        click("intake-complete");
        waitForText("review-status", "In beoordeling");
        check("no-conflict");
        click("assessment-start");
        type("score-0", "8");
        radio("recommendation", "Verlenen");
        type("assessment-motivation", "Bereikt veel ouderen in het dorp; de begroting is reëel.");
        dutchPage("/review/" + applicationId + " (assessment)");
        click("assessment-complete");
        waitForText("review-status", "Wacht op besluit");
        signOut();

        // the decision maker grants, with the usual advance on the first day of the year
        signIn(staff.decisionMaker());
        open("review/" + applicationId);
        waitForText("review-status", "Wacht op besluit");
        type("decision-motivation", "Voldoet aan de regeling en draagt bij aan ontmoeting in het dorp.");
        dutchPage("/review/" + applicationId + " (decision)");
        click("decision-take");
        waitForVisible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot=confirm-button]")).click();
        waitForText("review-status", "Verleend");
        signOut();

        // a funder finds the project and pledges the missing € 2.000, then confirms the pledge
        signIn(funder);
        open("funder/marketplace");
        dutchPage("/funder/marketplace");
        open("funder/projects/" + applicationId);
        type("pledge-amount", "2000");
        click("pledge-submit");
        WebElement card = waitForVisible(By.cssSelector(".pledge-card"));
        long pledgeId = Long.parseLong(card.getDomAttribute("id").replace("pledge-", ""));
        dutchPage("/funder/projects/" + applicationId + " (pledged, letter upload)");
        click("pledge-confirm-" + pledgeId);
        waiting().until(d -> d.findElements(By.id("pledge-confirm-" + pledgeId)).isEmpty());
        assertThat(textOf(waitForId("pledge-" + pledgeId))).contains("Bevestigd");
        signOut();

        // finance pays the advance (80 % of € 6.000) on the day it is due: 1 January, a holiday, so the next business day
        LocalDate payday = firstTarget2BusinessDayFrom(LocalDate.of(year, 1, 1));
        clock.travelTo(payday);
        String day = Formats.date(payday, Locale.of("nl"));
        signIn(staff.finance());
        open("payments");
        waitForId("payments-view");
        click("payments-filter-button"); // issue 20: the filters sit in a panel built when first opened (views20)
        pick("payments-call", callTitle);
        String advance = reference + "-1";
        assertThat(paymentRow(advance)).contains("€ 4.800,00", "Gepland");
        dutchPage("/payments");
        selectGridRow("payments-grid", advance);
        click("payments-approve");
        waiting().until(d -> paymentRow(advance).contains("Goedgekeurd"));
        selectGridRow("payments-grid", advance);
        typeDate("payments-execution-date", day);
        click("payments-export");
        waitForId("payments-export-download");
        click(waitForVisible(By.cssSelector("#payments-batches vaadin-button[id$='-paid']")));
        typeDate("payments-paid-on", day);
        dutchPage("/payments (mark paid)");
        click("payments-mark-paid-confirm");
        waiting().until(d -> paymentRow(advance).contains("Betaald"));
        signOut();

        // the applicant sees the grant, the pledge and the payment in Dutch, opens the final report, then switches to English
        signIn(applicant, PASSWORD);
        open("applications/" + applicationId);
        waitForText("application-status", "Verleend");
        assertThat(textOf(waitForId("applicant-pledge-" + pledgeId))).contains("Bevestigd");
        dutchPage("/applications/" + applicationId + " (granted, paid)");
        WebElement open = waitForVisible(By.cssSelector("[id^=report-open-]"));
        long reportId = Long.parseLong(open.getDomAttribute("id").replace("report-open-", ""));
        click(open);
        waitForId("report-form-view");
        dutchPage("/applications/" + applicationId + "/reports/" + reportId);
        switchLanguage("English");
        waitForText("report-status", "Open");

        // a refused submit first: the fields say what is missing, and what is typed afterwards is kept
        click("report-submit");
        waiting().until(d -> d.findElement(By.id("report-activities")).getDomAttribute("invalid") != null);
        type("report-activities", "An open table every Wednesday");
        // as a person reads it before leaving: the form says it has saved what was typed, red marks and all
        waitForText("report-saved", "Everything is saved");
        open("applications/" + applicationId + "/reports/" + reportId);
        waiting().until(d -> "An open table every Wednesday".equals(d.findElement(By.id("report-activities"))
                .findElement(By.tagName("textarea")).getDomProperty("value")));
        type("report-visitorsPerWeek", "55");
        type("report-lonelinessChange", "Neighbours who did not know each other now eat together");
        type("report-spent-0", "10000");
        DateTimeFormatter english = DateTimeFormatter.ofPattern(Formats.datePattern(Locale.ENGLISH));
        typeDate("report-pledge-date-" + pledgeId, payday.format(english));
        type("report-pledge-amount-" + pledgeId, "2000");
        click("report-submit");
        waitForText("report-status", "Submitted");
        open("applications/" + applicationId);
        waitForText("application-status", "Granted");
        signOut();
        switchLanguage("Nederlands");

        // the reviewer accepts the report and proposes to settle as granted; the decision maker settles
        signIn(staff.reviewer());
        open("aftercare/" + applicationId);
        click("report-accept-" + reportId);
        waitForId("settlement-proposal-form");
        type("settlement-motivation", "Besteed zoals begroot; de cofinanciering is ontvangen.");
        dutchPage("/aftercare/" + applicationId + " (proposal)");
        click("settlement-propose");
        waitForId("settlement-proposed");
        signOut();

        signIn(staff.decisionMaker());
        open("aftercare/" + applicationId);
        click("settlement-decide");
        assertThat(textOf(waitForId("settlement-settled"))).contains("€ 6.000,00");
        dutchPage("/aftercare/" + applicationId + " (settled)");
        signOut();

        // the applicant reads the settlement and what they submitted, in English
        switchLanguage("English");
        signIn(applicant, PASSWORD);
        open("applications/" + applicationId);
        waitForText("application-status", "Settled");
        waitForId("settlement-letter");
        click("application-submitted");
        assertThat(textOf(waitForId("submitted-application-view"))).contains("Een keuken voor het dorpshuis " + key);
    }

    /** Checks the Dutch page on screen for English words of Vaadin's defaults; fails with the page and the words. */
    private void dutchPage(String page) {
        assertNoEnglishVaadinDefaults(page);
    }

    /** Chooses the language in the switch, as a person would, and waits until the page has loaded again in it. */
    private void switchLanguage(String label) {
        js("window.beforeTheSwitch = true;");
        switchTo(label);
        waiting().until(d -> js("return window.beforeTheSwitch;") == null);
        waitForVaadin();
    }

    /** The application's reference, next to its status on the application page. */
    private String reference() {
        String header = waitForId("application-status").findElement(By.xpath("..")).getText();
        Matcher reference = Pattern.compile("GF-\\d{4}-\\d{6}").matcher(header);
        assertThat(reference.find()).as("a reference next to the status in '%s'", header).isTrue();
        return reference.group();
    }

    private void signIn(String email) {
        signInAs(email, STAFF_PASSWORD);
    }

    private void signIn(String email, String password) {
        signInAs(email, password);
    }

    private void signOut() {
        click("logout");
        waitForId("login-view");
    }

    /** The texts of the payment's row in finance's grid. */
    private List<String> paymentRow(String paymentReference) {
        return gridRow("payments-grid", paymentReference).stream().map(BrowserTest::textOf).toList();
    }

    /** The first TARGET2 business day from {@code day} on, in the first days of January: no weekend, not 1 January. */
    private static LocalDate firstTarget2BusinessDayFrom(LocalDate day) {
        LocalDate business = day;
        while (business.getDayOfWeek() == DayOfWeek.SATURDAY || business.getDayOfWeek() == DayOfWeek.SUNDAY
                || business.getDayOfYear() == 1) {
            business = business.plusDays(1);
        }
        return business;
    }

    /** Fetches a link's file over HTTP as the browser would, with the browser's session cookie. */
    private static HttpResponse<byte[]> downloadWithTheBrowsersSession(String href) throws Exception {
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
