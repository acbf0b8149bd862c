package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.test.Mails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The applicant portal end to end in real Chromium: a new applicant registers, opens the link in
 * the confirmation mail, signs in, completes the organisation's profile, fills every step of the
 * wizard (uploading the three required attachments as real PDFs) and submits; the detail page shows
 * the status and reference, and the receipt arrives by mail with the PDF.
 */
class ApplicantJourneyBrowserIT extends BrowserTest {

    private static final String PASSWORD = "koffie-in-het-dorpshuis";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired
    TestAuthorities authorities;

    @Autowired
    Applications applications;

    @Autowired
    AttachmentService attachmentService;

    @Autowired
    Clock clock;

    @TempDir
    Path files;

    private long callId;
    private int year;
    private String key;
    private String email;
    private long applicationId;

    @BeforeEach
    void openCallOfAFreshAuthority() throws Exception {
        year = LocalDate.ofInstant(clock.instant(), Formats.ZONE).getYear() + 1;
        Staff staff = authorities.newAuthority("Gemeente Reistest");
        key = UUID.randomUUID().toString().substring(0, 8);
        callId = applications.openCall(staff, CallSpec.firstCome(Map.of(year, amount("100000")))
                .titled("Regeling dorpshuizen " + key));
        email = "reis-" + key + "@vereniging.test";
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void a_new_applicant_registers_confirms_fills_the_whole_wizard_with_uploads_and_submits() throws Exception {
        register();
        confirmThroughTheMailedLink();
        open("login");
        login(email, PASSWORD);
        waitForId("my-applications-view");

        completeTheOrganisationProfile();

        open("applications/new");
        click("start-call-" + callId);
        waiting().until(d -> d.getCurrentUrl().matches(".*/applications/\\d+/edit.*"));
        waitForId("application-wizard-view");
        applicationId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/applications/(\\d+)/edit.*", "$1"));

        assertNoEnglishVaadinDefaults("wizard step 1");
        next(2);
        facility();
        assertNoEnglishVaadinDefaults("wizard step 2");
        next(3);
        project();
        // step 3 has date fields: their "dd-mm-yyyy" placeholder is fixed on branch i13c; check it here once merged
        next(4);
        costs();
        assertNoEnglishVaadinDefaults("wizard step 4");
        next(5);
        financing();
        assertNoEnglishVaadinDefaults("wizard step 5");
        next(6);
        attachments();
        assertNoEnglishVaadinDefaults("wizard step 6 (uploads)");
        next(7);
        assertNoEnglishVaadinDefaults("wizard step 7");

        assertThat(driver.findElements(By.id("wizard-problems"))).as("problems listed on step 7").isEmpty();
        assertThat(textOf(waitForId("wizard-review"))).contains("Alles is compleet.");
        click("wizard-submit");
        // submitting is signing the declaration
        WebElement declaration = waitForVisible(By.cssSelector("vaadin-confirm-dialog#wizard-declaration"));
        assertThat(declaration.getText()).contains("naar waarheid");
        waitForVisible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot=confirm-button]")).click();

        waiting().until(d -> d.getCurrentUrl().endsWith("/applications/" + applicationId));
        WebElement status = waitForId("application-status");
        assertThat(status.getText()).isEqualTo("Ingediend");
        String header = status.findElement(By.xpath("..")).getText();
        Matcher reference = Pattern.compile("GF-" + LocalDate.ofInstant(clock.instant(), Formats.ZONE).getYear() + "-\\d{6}")
                .matcher(header);
        assertThat(reference.find()).as("a reference next to the status in '%s'", header).isTrue();
        waitForId("application-receipt");
        assertNoEnglishVaadinDefaults("the application page");

        MimeMessage receipt = awaitMail(message -> message.getSubject().contains(reference.group()));
        assertThat(receipt.getSubject()).isEqualTo("Ontvangstbevestiging van uw aanvraag " + reference.group());
        BodyPart pdf = pdfAttachment(receipt);
        assertThat(pdf.getFileName()).isEqualTo("ontvangstbevestiging-" + reference.group() + ".pdf");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.getDataHandler().writeTo(bytes);
        assertThat(new String(bytes.toByteArray(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ontvangstbevestiging").contains(reference.group());
        }
    }

    private void register() {
        open("register");
        waitForId("registration-view");
        type("email", email);
        type("display-name", "Riet Reiziger");
        type("legal-name", "Vereniging Dorpshuis " + key);
        type("password", PASSWORD);
        type("password-repeat", PASSWORD);
        click("register-submit");
        assertThat(waitForId("registration-sent").getText()).contains(email);
    }

    private void confirmThroughTheMailedLink() throws Exception {
        MimeMessage mail = awaitMail(message -> message.getSubject().startsWith("Bevestig uw e-mailadres"));
        Matcher link = Pattern.compile("https?://[^/\\s]+(/confirm\\?token=[A-Za-z0-9_-]+)").matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).as("a confirmation link in the mail").isTrue();
        // the mail's links point at app.base-url; the test server listens on a random port
        open(link.group(1));
        assertThat(waitForId("login-message").getText()).isEqualTo("Uw e-mailadres is bevestigd. Log in om verder te gaan.");
    }

    private void completeTheOrganisationProfile() {
        open("organisation");
        waitForId("organisation-profile-view");
        type("kvk-number", String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L)));
        choose("legal-form", "Vereniging");
        type("street", "Dorpsstraat 12");
        type("postcode", "8011 AB");
        type("city", "Zwolle");
        pick("municipality", "Zwolle");
        type("iban", "NL91ABNA0417164300");
        type("account-holder", "Vereniging Dorpshuis " + key);
        type("phone", "038 123 4567");
        click("profile-save");
        waitForText("profile-missing", "De gegevens van uw organisatie zijn compleet.");
    }

    private void facility() {
        choose("wizard-facilityType", "Buurthuis of dorpshuis");
        type("wizard-facilityName", "Dorpshuis De Linde");
        type("wizard-facilityStreet", "Lindeplein 1");
        type("wizard-facilityPostcode", "8011 AB");
        type("wizard-facilityCity", "Zwolle");
        pick("wizard-facilityMunicipality", "Zwolle");
        radio("wizard-kindOfWork", "Verbouwen of verduurzamen");
    }

    private void project() {
        type("wizard-title", "Een keuken voor het dorpshuis " + key);
        type("wizard-description", "Een keuken waar dorpsbewoners samen koken en eten.");
        type("wizard-targetGroups", "Ouderen en alleenstaanden in het dorp");
        type("wizard-expectedVisitors", "80");
        type("wizard-activities", "Samen koken op dinsdag, eettafel op vrijdag");
        typeDate("wizard-startDate", "01-01-" + year);
        typeDate("wizard-endDate", "31-12-" + year);
    }

    private void costs() {
        click("costLines-add");
        WebElement row = row("costLines", 0);
        choose(row.findElement(By.tagName("vaadin-select")), "Inrichting");
        type(row.findElement(By.cssSelector("vaadin-text-field.plan-description")), "Keukenblok en apparatuur");
        type(row.findElement(By.cssSelector("vaadin-text-field.plan-amount")), "10000");
        waiting().until(d -> textOf(d.findElement(By.id("plan-totalCosts"))).contains("10.000,00"));
    }

    private void financing() {
        click("financingLines-add");
        WebElement grant = row("financingLines", 0);
        choose(grant.findElement(By.tagName("vaadin-select")), "Subsidie uit dit fonds");
        type(grant.findElement(By.cssSelector("vaadin-text-field.plan-description")), "Gemeenschapsfonds");
        type(grant.findElement(By.cssSelector("vaadin-text-field.plan-amount")), "6000");

        click("financingLines-add");
        WebElement own = row("financingLines", 1);
        choose(own.findElement(By.tagName("vaadin-select")), "Eigen middelen");
        type(own.findElement(By.cssSelector("vaadin-text-field.plan-description")), "Reserves van de vereniging");
        type(own.findElement(By.cssSelector("vaadin-text-field.plan-amount")), "4000");

        WebElement step = waitForId("wizard-step-content-5");
        waiting().until(d -> textOf(step.findElement(By.id("plan-balance")))
                .equals("Het plan sluit: kosten = subsidie + cofinanciering"));
    }

    private void attachments() throws Exception {
        waitForId("attachments-panel");
        upload("Begroting", "BUDGET", "begroting.pdf");
        upload("Statuten", "STATUTES", "statuten.pdf");
        upload("Uittreksel KvK", "KVK_EXTRACT", "uittreksel-kvk.pdf");
        assertThat(texts(waitForId("attachments-grid").findElements(By.tagName("a"))))
                .containsExactlyInAnyOrder("begroting.pdf", "statuten.pdf", "uittreksel-kvk.pdf");
        // stored once each, and recognised as PDF by their content on the server
        List<AttachmentListItem> stored = authorities.as(email, () -> attachmentService.overview(applicationId).attachments());
        assertThat(stored).extracting(AttachmentListItem::kind, AttachmentListItem::fileName, AttachmentListItem::contentType)
                .containsExactlyInAnyOrder(
                        tuple(AttachmentKind.BUDGET, "begroting.pdf", "application/pdf"),
                        tuple(AttachmentKind.STATUTES, "statuten.pdf", "application/pdf"),
                        tuple(AttachmentKind.KVK_EXTRACT, "uittreksel-kvk.pdf", "application/pdf"));
    }

    /** Chooses the kind, then gives the upload's file input a real small PDF, as the browser's file dialog would. */
    private void upload(String kindLabel, String kind, String fileName) throws Exception {
        choose("attachments-kind", kindLabel);
        WebElement upload = waitForId("attachments-upload");
        waiting().until(d -> upload.getDomAttribute("disabled") == null);
        Path file = Files.write(files.resolve(fileName),
                HtmlPdf.render("<html><body><h1>" + kindLabel + "</h1><p>Vereniging Dorpshuis " + key + "</p></body></html>"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        // ChromeDriver adds to what a "multiple" file input holds, and the upload keeps the files chosen before:
        // empty it first, as a new file dialog would, or the earlier files go up again with this one
        js("arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
        waiting().until(d -> "true".equals(d.findElement(By.id("attachments-required-" + kind)).getDomAttribute("data-present")));
        assertThat(textOf(waitForId("attachments-required-" + kind))).isEqualTo(kindLabel + ": aanwezig");
    }

    /** Goes to the next step with the wizard's button and waits until that step is shown. */
    private void next(int step) {
        click("wizard-next");
        waitForId("wizard-step-content-" + step);
        waiting().until(d -> "step".equals(d.findElement(By.id("wizard-step-" + step)).getDomAttribute("aria-current")));
    }

    /** Row {@code index} of a plan lines editor ({@code costLines} or {@code financingLines}). */
    private WebElement row(String editorId, int index) {
        return waiting().until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#" + editorId + " > vaadin-vertical-layout > vaadin-horizontal-layout"));
            return rows.size() > index ? rows.get(index) : null;
        });
    }

    /** Waits (explicitly, up to the test timeout) for a mail to this test's applicant that matches. */
    private MimeMessage awaitMail(MailMatch match) {
        return new FluentWait<>(greenMail).withTimeout(TIMEOUT).pollingEvery(Duration.ofMillis(100))
                .until(server -> Arrays.stream(server.getReceivedMessages())
                        .filter(message -> {
                            try {
                                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(to -> to.toString().equalsIgnoreCase(email)) && match.test(message);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .findFirst().orElse(null));
    }

    @FunctionalInterface
    private interface MailMatch {
        boolean test(MimeMessage message) throws Exception;
    }

    private static BodyPart pdfAttachment(MimeMessage message) throws Exception {
        assertThat(message.getContent()).isInstanceOf(Multipart.class);
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("application/pdf")) {
                return part;
            }
        }
        throw new AssertionError("No PDF attached to '" + message.getSubject() + "'");
    }
}
