package nl.gemeenschapsfonds;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.fund.AllocationMethod;
import nl.gemeenschapsfonds.fund.Criterion;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.AttachmentKind;
import nl.gemeenschapsfonds.submission.AttachmentListItem;
import nl.gemeenschapsfonds.submission.AttachmentService;
import nl.gemeenschapsfonds.test.ApplicantPortal;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import static org.assertj.core.api.Assertions.tuple;

/**
 * The whole grant cycle in one run of real Chromium, every role through its own pages (issue 13): a new applicant
 * registers, confirms the address through the mailed link, completes the profile, fills the seven steps of the wizard
 * (with uploads, stored as PDFs) and submits, and the receipt arrives by mail with its PDF (the checks of the applicant's
 * journey, {@code ApplicantJourneyBrowserIT}, which repeated this Dutch part until issue 20 merged it here); the
 * reviewer does the intake with the attachments in view (and downloads one) and assesses; the decision maker grants; a
 * funder pledges and confirms; finance pays the advance on its due date (the clock moved there); the applicant reports,
 * with a refused submit first whose text survives a reload; the reviewer accepts and proposes the settlement, the
 * decision maker settles. The pages of a signed-in user are reached as a router link does ({@link #go}).
 * <p>
 * Every part an applicant sees runs in both languages: the first applicant in Dutch, a second one in English (switched
 * once on the sign-in page with the language switch, as a person would), who meets a wrong value on every page that
 * takes one (profile, each step of the wizard, a file that is no PDF, the last step with an attachment missing, the
 * report). The staff handle both applications in the same sessions, in Dutch. Every page the test visits is checked
 * for the other language ({@link nl.gemeenschapsfonds.test.PageLanguage}): in Dutch no English word of Vaadin's
 * defaults and no English text of the application, in English no Dutch word and no Dutch text of the application.
 * The findings of all pages are said together at the end. With {@code -DwholeCycle.screenshots=true} every English
 * page is saved as a screenshot in {@code target/browser-screenshots}.
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
    @Autowired nl.gemeenschapsfonds.fund.CallCatalogue catalogue;
    @Autowired AttachmentService attachmentService;

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
    void a_grant_goes_from_registration_to_settlement_with_one_applicant_in_dutch_and_one_in_english() throws Exception {
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
        assertNoEnglishVaadinDefaults("wizard step 1");
        portal.next(2);
        portal.facility();
        dutchPage("wizard step 2");
        assertNoEnglishVaadinDefaults("wizard step 2");
        portal.next(3);
        portal.project("Een keuken voor het dorpshuis " + key, year);
        dutchPage("wizard step 3 (dates)");
        portal.next(4);
        portal.costs();
        dutchPage("wizard step 4");
        assertNoEnglishVaadinDefaults("wizard step 4");
        portal.next(5);
        portal.financing();
        // the association seeks € 2.000 of co-financing from private funders in the project's year
        check("wizard-seekingCofinancing");
        type("wizard-missing-" + year, "2000");
        dutchPage("wizard step 5");
        assertNoEnglishVaadinDefaults("wizard step 5");
        portal.next(6);
        portal.attachments(organisation);
        // stored once each, and recognised as PDF by their content on the server
        assertThat(authorities.as(applicant, () -> attachmentService.overview(applicationId).attachments()))
                .extracting(AttachmentListItem::kind, AttachmentListItem::fileName, AttachmentListItem::contentType)
                .containsExactlyInAnyOrder(
                        tuple(AttachmentKind.BUDGET, "begroting.pdf", "application/pdf"),
                        tuple(AttachmentKind.STATUTES, "statuten.pdf", "application/pdf"),
                        tuple(AttachmentKind.KVK_EXTRACT, "uittreksel-kvk.pdf", "application/pdf"));
        dutchPage("wizard step 6 (uploads)");
        assertNoEnglishVaadinDefaults("wizard step 6 (uploads)");
        portal.next(7);
        assertThat(driver.findElements(By.id("wizard-problems"))).as("problems listed on step 7").isEmpty();
        assertThat(textOf(waitForId("wizard-review"))).contains("Alles is compleet.");
        dutchPage("wizard step 7");
        assertNoEnglishVaadinDefaults("wizard step 7");
        // submitting is signing the declaration
        portal.submitSigningTheDeclaration();
        waiting().until(d -> d.getCurrentUrl().endsWith("/applications/" + applicationId));
        waitForText("application-status", "Ingediend");
        String reference = reference();
        assertThat(reference).as("the reference carries the year of submission")
                .startsWith("GF-" + LocalDate.ofInstant(clock.instant(), Formats.ZONE).getYear() + "-");
        waitForId("application-receipt");
        dutchPage("/applications/" + applicationId + " (submitted)");
        assertNoEnglishVaadinDefaults("the application page");
        theReceiptArrivesWithItsPdf(portal, reference);
        click("application-submitted");
        waitForId("submitted-application-view");
        dutchPage("/applications/" + applicationId + "/submitted");
        signOut();

        phase("dutch applicant submitted");
        // a second applicant, in English from the sign-in page on, with one wrong value on every page that takes one
        switchLanguage("English");
        ApplicationInEnglish english = applyInEnglish(portal.inEnglish());
        signOut();
        switchLanguage("Nederlands");

        phase("english applicant submitted");
        // the reviewer: intake with the attachments in view, then the assessment
        signIn(staff.reviewer());
        go("work-queue");
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
        assess();
        dutchPage("/review/" + applicationId + " (assessment)");
        click("assessment-complete");
        waitForText("review-status", "Wacht op besluit");
        phase("dutch application assessed");
        // the English applicant's application, the same way without looking at each page again
        go("review/" + english.id());
        waitForText("review-status", "Ingediend");
        click("intake-complete");
        waitForText("review-status", "In beoordeling");
        assess();
        click("assessment-complete");
        waitForText("review-status", "Wacht op besluit");
        signOut();

        phase("english application assessed");
        // the decision maker grants both, with the usual advance on the first day of the year
        signIn(staff.decisionMaker());
        go("review/" + applicationId);
        waitForText("review-status", "Wacht op besluit");
        type("decision-motivation", MOTIVATION);
        dutchPage("/review/" + applicationId + " (decision)");
        grant();
        go("review/" + english.id());
        waitForText("review-status", "Wacht op besluit");
        type("decision-motivation", MOTIVATION);
        grant();
        signOut();

        phase("both granted");
        // a funder finds the project and pledges the missing € 2.000, then confirms the pledge
        signIn(funder);
        go("funder/marketplace");
        dutchPage("/funder/marketplace");
        go("funder/projects/" + applicationId);
        type("pledge-amount", "2000");
        click("pledge-submit");
        WebElement card = waitForVisible(By.cssSelector(".pledge-card"));
        long pledgeId = Long.parseLong(card.getDomAttribute("id").replace("pledge-", ""));
        dutchPage("/funder/projects/" + applicationId + " (pledged, letter upload)");
        click("pledge-confirm-" + pledgeId);
        waiting().until(d -> d.findElements(By.id("pledge-confirm-" + pledgeId)).isEmpty());
        assertThat(textOf(waitForId("pledge-" + pledgeId))).contains("Bevestigd");
        signOut();

        phase("pledged");
        // finance pays both advances (80 % of € 6.000) on the day they are due: 1 January, a holiday, so the next business day
        LocalDate payday = firstTarget2BusinessDayFrom(LocalDate.of(year, 1, 1));
        clock.travelTo(payday);
        String day = Formats.date(payday, Locale.of("nl"));
        signIn(staff.finance());
        go("payments");
        waitForId("payments-view");
        click("payments-filter-button"); // issue 20: the filters sit in a panel built when first opened (views20)
        pick("payments-call", callTitle);
        String advance = reference + "-1";
        String englishAdvance = english.reference() + "-1";
        assertThat(paymentRow(advance)).contains("€ 4.800,00", "Gepland");
        dutchPage("/payments");
        selectGridRow("payments-grid", advance);
        selectGridRow("payments-grid", englishAdvance);
        click("payments-approve");
        waiting().until(d -> paymentRow(advance).contains("Goedgekeurd") && paymentRow(englishAdvance).contains("Goedgekeurd"));
        selectGridRow("payments-grid", advance);
        selectGridRow("payments-grid", englishAdvance);
        typeDate("payments-execution-date", day);
        click("payments-export");
        waitForId("payments-export-download");
        click(waitForVisible(By.cssSelector("#payments-batches vaadin-button[id$='-paid']")));
        typeDate("payments-paid-on", day);
        dutchPage("/payments (mark paid)");
        click("payments-mark-paid-confirm");
        waiting().until(d -> paymentRow(advance).contains("Betaald") && paymentRow(englishAdvance).contains("Betaald"));
        signOut();

        phase("paid");
        // the Dutch applicant sees the grant, the pledge and the payment, and reports with a refused submit first
        signIn(applicant, PASSWORD);
        go("applications/" + applicationId);
        waitForText("application-status", "Verleend");
        assertThat(textOf(waitForId("applicant-pledge-" + pledgeId))).contains("Bevestigd");
        dutchPage("/applications/" + applicationId + " (granted, paid)", MOTIVATION);
        long reportId = openTheReport();
        waitForText("report-status", "Open");
        dutchPage("/applications/" + applicationId + "/reports/" + reportId);
        // a refused submit first: the fields say what is missing, and what is typed afterwards is kept
        click("report-submit");
        waiting().until(d -> d.findElement(By.id("report-activities")).getDomAttribute("invalid") != null);
        dutchPage("/applications/" + applicationId + "/reports/" + reportId + " (refused)");
        type("report-activities", "Elke woensdag een open tafel");
        // as a person reads it before leaving: the form says it has saved what was typed, red marks and all
        waitForText("report-saved", "Alles is bewaard");
        // loaded again in full, not as a router link: what was typed survives a reload
        open("applications/" + applicationId + "/reports/" + reportId);
        waiting().until(d -> "Elke woensdag een open tafel".equals(d.findElement(By.id("report-activities"))
                .findElement(By.tagName("textarea")).getDomProperty("value")));
        type("report-visitorsPerWeek", "55");
        type("report-lonelinessChange", "Buren die elkaar niet kenden eten nu samen");
        type("report-spent-0", "10000");
        typeDate("report-pledge-date-" + pledgeId, day);
        type("report-pledge-amount-" + pledgeId, "2000");
        click("report-submit");
        waitForText("report-status", "Ingediend");
        dutchPage("/applications/" + applicationId + "/reports/" + reportId + " (submitted)");
        signOut();

        phase("dutch report");
        // the English applicant sees the grant and the payment, and reports with a refused submit first
        switchLanguage("English");
        signIn(english.email(), PASSWORD);
        go("applications/" + english.id());
        waitForText("application-status", "Granted");
        englishPage("/applications/" + english.id() + " (granted, paid)", english.data(MOTIVATION));
        long englishReportId = openTheReport();
        waitForText("report-status", "Open");
        englishPage("/applications/" + english.id() + "/reports/" + englishReportId, english.data());
        click("report-submit");
        waiting().until(d -> d.findElement(By.id("report-activities")).getDomAttribute("invalid") != null);
        englishPage("/applications/" + english.id() + "/reports/" + englishReportId + " (refused)", english.data());
        type("report-activities", "An open table every Wednesday");
        type("report-visitorsPerWeek", "fifty");
        waiting().until(d -> d.findElement(By.id("report-visitorsPerWeek")).getDomAttribute("invalid") != null);
        englishPage("/applications/" + english.id() + "/reports/" + englishReportId + " (visitors no number)", english.data());
        type("report-visitorsPerWeek", "55");
        type("report-lonelinessChange", "Neighbours who did not know each other now eat together");
        type("report-spent-0", "10000");
        click("report-submit");
        waitForText("report-status", "Submitted");
        englishPage("/applications/" + english.id() + "/reports/" + englishReportId + " (submitted)", english.data());
        signOut();
        switchLanguage("Nederlands");

        phase("english report");
        // the reviewer accepts both reports and proposes to settle as granted; the decision maker settles both
        signIn(staff.reviewer());
        go("aftercare/" + applicationId);
        proposeTheSettlement(reportId);
        dutchPage("/aftercare/" + applicationId + " (proposed)");
        go("aftercare/" + english.id());
        proposeTheSettlement(englishReportId);
        signOut();

        phase("proposed");
        signIn(staff.decisionMaker());
        go("aftercare/" + applicationId);
        click("settlement-decide");
        assertThat(textOf(waitForId("settlement-settled"))).contains("€ 6.000,00");
        dutchPage("/aftercare/" + applicationId + " (settled)");
        go("aftercare/" + english.id());
        click("settlement-decide");
        assertThat(textOf(waitForId("settlement-settled"))).contains("€ 6.000,00");
        signOut();

        phase("settled");
        // each applicant reads the settlement and what they submitted, in their language
        signIn(applicant, PASSWORD);
        go("applications/" + applicationId);
        waitForText("application-status", "Vastgesteld");
        waitForId("settlement-letter");
        dutchPage("/applications/" + applicationId + " (settled)", MOTIVATION, SETTLEMENT_MOTIVATION);
        signOut();

        phase("dutch applicant read the settlement");
        switchLanguage("English");
        signIn(english.email(), PASSWORD);
        go("applications/" + english.id());
        waitForText("application-status", "Settled");
        waitForId("settlement-letter");
        englishPage("/applications/" + english.id() + " (settled)", english.data(MOTIVATION, SETTLEMENT_MOTIVATION));
        click("application-submitted");
        assertThat(textOf(waitForId("submitted-application-view"))).contains(english.title());
        englishPage("/applications/" + english.id() + "/submitted", english.data());
        phase("english applicant read the settlement");
    }

    /** The receipt of the Dutch application: mailed to the applicant with the receipt as a PDF that names the reference. */
    private void theReceiptArrivesWithItsPdf(ApplicantPortal portal, String reference) throws Exception {
        MimeMessage receipt = portal.awaitMail(applicant, message -> message.getSubject().contains(reference));
        assertThat(receipt.getSubject()).isEqualTo("Ontvangstbevestiging van uw aanvraag " + reference);
        assertThat(receipt.getContent()).isInstanceOf(Multipart.class);
        Multipart parts = (Multipart) receipt.getContent();
        BodyPart pdf = null;
        for (int i = 0; i < parts.getCount() && pdf == null; i++) {
            pdf = parts.getBodyPart(i).isMimeType("application/pdf") ? parts.getBodyPart(i) : null;
        }
        assertThat(pdf).as("a PDF attached to '%s'", receipt.getSubject()).isNotNull();
        assertThat(pdf.getFileName()).isEqualTo("ontvangstbevestiging-" + reference + ".pdf");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        pdf.getDataHandler().writeTo(bytes);
        assertThat(new String(bytes.toByteArray(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ontvangstbevestiging").contains(reference);
        }
    }

    private final long started = System.nanoTime();

    /** Says how long the test has run when it reaches a phase: where the time goes (the suite's budget is tight). */
    private void phase(String name) {
        System.err.printf("WholeCycleBrowserIT: %s after %d ms%n", name, (System.nanoTime() - started) / 1_000_000);
    }

    /** What the English applicant made: to find it again, and the texts on their pages that are theirs, not the page's. */
    private record ApplicationInEnglish(long id, String reference, String email, String title, List<String> names) {

        String[] data(String... more) {
            return java.util.stream.Stream.concat(names.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
        }
    }

    /**
     * The English applicant: registers (the confirmation mail in English), completes the profile after a wrong IBAN,
     * and goes through the wizard with a wrong value on every step that takes one, checking each page for Dutch:
     * a postcode, visitors in words, an amount with a letter, a financing amount with three decimals, a file that is
     * no PDF, and the last step with an attachment still missing. Submits, and reads the application as submitted.
     */
    private ApplicationInEnglish applyInEnglish(ApplicantPortal portal) throws Exception {
        String email = "harbour-" + key + "@club.test";
        String club = "Harbour Club " + key;
        String title = "A kitchen for the harbour club " + key;
        // the call's English title only: its Dutch title on an English page is Dutch shown, not data
        List<String> names = new java.util.ArrayList<>(List.of(club, title, callTitle + " (en)", "Gemeente Rondgang",
                "Rob Harbour", "Dorpshuis De Linde", "Lindeplein 1", "Dorpsstraat 12"));
        names.addAll(otherCalls());
        String[] data = names.toArray(String[]::new);
        portal.register(email, "Rob Harbour", club, PASSWORD);
        englishPage("/register (sent)", data);
        portal.confirmThroughTheMailedLink(email);
        englishPage("/login (address confirmed)", data);
        login(email, PASSWORD);
        waitForId("my-applications-view");
        englishPage("/applications", data);

        go("organisation");
        waitForId("organisation-profile-view");
        wrongValue(By.id("iban"), "NL91ABNA0417164301", "This IBAN is not correct: check the digits", "/organisation", data);
        portal.completeTheOrganisationProfile(club);
        englishPage("/organisation (complete)", data);

        long id = portal.startApplication(callId);
        englishPage("wizard step 1", data);
        portal.next(2);
        wrongValue(By.id("wizard-facilityPostcode"), "80111", "Enter a postcode such as 1234 AB", "wizard step 2", data);
        portal.facility();
        portal.next(3);
        wrongValue(By.id("wizard-expectedVisitors"), "eighty", "Enter a whole number with digits only, such as 25",
                "wizard step 3", data);
        portal.project(title, year);
        englishPage("wizard step 3 (dates)", data);
        portal.next(4);
        portal.costs();
        wrongValue(By.cssSelector("#costLines vaadin-text-field.plan-amount"), "12k500",
                "Enter a number with digits only, such as 12500 or 12,500.50", "wizard step 4", data);
        type(waitForVisible(By.cssSelector("#costLines vaadin-text-field.plan-amount")), "10000");
        portal.next(5);
        portal.financing();
        wrongValue(By.cssSelector("#financingLines vaadin-text-field.plan-amount"), "6,000.505",
                "Use at most two digits after the decimal point", "wizard step 5", data);
        type(waitForVisible(By.cssSelector("#financingLines vaadin-text-field.plan-amount")), "6000");
        // step 4 has a plan balance of its own, hidden now: this step's
        WebElement financingStep = waitForId("wizard-step-content-5");
        waiting().until(d -> textOf(financingStep.findElement(By.id("plan-balance")))
                .equals("The plan balances: costs = grant + co-financing"));
        portal.next(6);
        // a file called .pdf that is no PDF: refused with the reason, in English
        Path notAPdf = java.nio.file.Files.writeString(files.resolve("budget-notes.pdf"), "only notes, no PDF");
        portal.chooseFile(ApplicantPortal.AttachmentKind.BUDGET, notAPdf);
        assertThat(textOf(waitForId("attachments-error"))).startsWith("This kind of file cannot be attached");
        englishPage("wizard step 6 (a file refused)", data);
        portal.upload(ApplicantPortal.AttachmentKind.BUDGET, club);
        portal.upload(ApplicantPortal.AttachmentKind.STATUTES, club);
        // the last step names what is missing and leads to it
        portal.next(7);
        englishPage("wizard step 7 (an attachment missing)", data);
        click(waitForVisible(By.xpath("//vaadin-button[normalize-space()='Go to step 6']")));
        waitForId("attachments-panel");
        portal.upload(ApplicantPortal.AttachmentKind.KVK_EXTRACT, club);
        englishPage("wizard step 6 (uploads)", data);
        portal.next(7);
        assertThat(textOf(waitForId("wizard-review"))).contains("Everything is complete.");
        englishPage("wizard step 7", data);
        portal.submitSigningTheDeclaration();
        waiting().until(d -> d.getCurrentUrl().endsWith("/applications/" + id));
        waitForText("application-status", "Submitted");
        String reference = reference();
        englishPage("/applications/" + id + " (submitted)", data);
        return new ApplicationInEnglish(id, reference, email, title, List.of(data));
    }

    /**
     * What the calls of others (the demo data, other tests in the same database) are called and say on an English
     * page, such as "Regeling volgorde van binnenkomst (en)": data of the list of calls, not the page's words. Only
     * the English title and description count as data; the Dutch ones only for a call that has no English version,
     * so that a Dutch title shown where the English one belongs is still found.
     */
    private List<String> otherCalls() throws Exception {
        return authorities.as(staff.admin(), () -> catalogue.publishedCalls()).stream()
                .filter(call -> call.id() != callId)
                .flatMap(call -> java.util.stream.Stream.of(call.authorityName(),
                        englishOr(call.titleEn(), call.titleNl()), englishOr(call.descriptionEn(), call.descriptionNl())))
                .filter(text -> text != null && !text.isBlank())
                .toList();
    }

    private static String englishOr(String english, String dutch) {
        return english == null || english.isBlank() ? dutch : english;
    }

    private static final String MOTIVATION = "Voldoet aan de regeling en draagt bij aan ontmoeting in het dorp.";
    private static final String SETTLEMENT_MOTIVATION = "Besteed zoals begroot; de cofinanciering is ontvangen.";

    /**
     * Types a wrong value into the field, and checks that the field says so in the page's language with the value
     * kept, and that the page shows no Dutch.
     */
    private void wrongValue(By field, String value, String message, String page, String... data) {
        type(waitForVisible(field), value);
        waiting().until(d -> d.findElement(field).getDomAttribute("invalid") != null);
        WebElement shown = waitForVisible(field);
        assertThat(textOf(shown.findElement(By.cssSelector("[slot=error-message]")))).as(page).isEqualTo(message);
        assertThat(shown.findElement(By.cssSelector("input, textarea")).getDomProperty("value")).as(page).isEqualTo(value);
        englishPage(page + " (" + value + " refused)", data);
    }

    /** The reviewer's assessment on the review page: a score, the recommendation and the motivation. */
    private void assess() {
        check("no-conflict");
        click("assessment-start");
        type("score-0", "8");
        radio("recommendation", "Verlenen");
        type("assessment-motivation", "Bereikt veel ouderen in het dorp; de begroting is reëel.");
    }

    /** The decision maker grants, confirming in the dialog. */
    private void grant() {
        click("decision-take");
        waitForVisible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot=confirm-button]")).click();
        waitForText("review-status", "Verleend");
    }

    /** On the aftercare page: accepts the report and proposes to settle as granted. */
    private void proposeTheSettlement(long reportId) {
        click("report-accept-" + reportId);
        waitForId("settlement-proposal-form");
        type("settlement-motivation", SETTLEMENT_MOTIVATION);
        click("settlement-propose");
        waitForId("settlement-proposed");
    }

    /** On the application page: opens the final report; answers its id. */
    private long openTheReport() {
        WebElement open = waitForVisible(By.cssSelector("[id^=report-open-]"));
        long reportId = Long.parseLong(open.getDomAttribute("id").replace("report-open-", ""));
        click(open);
        waitForId("report-form-view");
        return reportId;
    }

    /**
     * What the pages showed in the other language, per page. Collected and said at the end, so one run names every
     * page with a wrong word instead of only the first; said at once on the error stream too, for a run that stops
     * earlier on something else.
     */
    private final List<String> wrongLanguage = new java.util.ArrayList<>();

    /** Checks the Dutch page on screen for English (Vaadin's defaults, the application's English texts). */
    private void dutchPage(String page, String... data) {
        wrongLanguage(page, englishOnThePage(data));
    }

    /** Checks the English page on screen for Dutch words and the application's Dutch texts. */
    private void englishPage(String page, String... data) {
        wrongLanguage(page, dutchOnThePage(data));
        if (Boolean.getBoolean("wholeCycle.screenshots")) {
            saveScreenshot("WholeCycleBrowserIT-english-" + page.replaceAll("[^A-Za-z0-9.-]+", "_"));
        }
    }

    private void wrongLanguage(String page, List<String> found) {
        if (!found.isEmpty()) {
            String said = page + ": " + String.join("; ", found);
            System.err.println("Wrong language on " + said);
            wrongLanguage.add(said);
        }
    }

    @AfterEach
    void everyPageInItsLanguage() {
        assertThat(wrongLanguage).as("pages that show the other language").isEmpty();
    }

    /**
     * On the sign-in page (where the next user arrives: {@link #signOut} leaves the page as it is), chooses the language in
     * the switch, as a person would, and waits until the page has loaded again in it.
     */
    private void switchLanguage(String label) {
        open("login");
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
