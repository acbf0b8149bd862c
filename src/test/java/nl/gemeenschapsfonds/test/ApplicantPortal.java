package nl.gemeenschapsfonds.test;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new applicant in the portal, as the browser tests drive it: registers, opens the link in the confirmation
 * mail, completes the organisation's profile and fills the wizard's steps (with real PDFs as uploads), for the whole
 * cycle's two applicants (it also held the applicant's journey, merged into the whole cycle in issue 20). Dutch unless made
 * {@link #inEnglish()}: then it picks and expects the English labels and texts (the interface must be English already).
 *
 * @param browser  the running browser test (its helpers are package-visible here)
 * @param greenMail the test's mail server, where the confirmation mail arrives
 * @param files    a folder for the files the applicant uploads
 * @param english  whether the applicant uses the English interface
 */
public record ApplicantPortal(BrowserTest browser, GreenMailExtension greenMail, Path files, boolean english) {

    /** The applicant in the Dutch interface. */
    public ApplicantPortal(BrowserTest browser, GreenMailExtension greenMail, Path files) {
        this(browser, greenMail, files, false);
    }

    /** The same applicant's portal in the English interface. */
    public ApplicantPortal inEnglish() {
        return new ApplicantPortal(browser, greenMail, files, true);
    }

    /** The Dutch or the English text, as this applicant's interface shows it. */
    public String say(String dutch, String inEnglish) {
        return english ? inEnglish : dutch;
    }

    /** Registers {@code email} with a new organisation at {@code /register}. */
    public void register(String email, String displayName, String legalName, String password) {
        browser.open("register");
        browser.waitForId("registration-view");
        browser.type("email", email);
        browser.type("display-name", displayName);
        browser.type("legal-name", legalName);
        browser.type("password", password);
        browser.type("password-repeat", password);
        browser.click("register-submit");
        assertThat(browser.waitForId("registration-sent").getText()).contains(email);
    }

    /** Opens the link of the confirmation mail to {@code email}; the sign-in page then says the address is confirmed. */
    public void confirmThroughTheMailedLink(String email) throws Exception {
        MimeMessage mail = awaitMail(email, message -> message.getSubject().startsWith(say("Bevestig uw e-mailadres", "Confirm your e-mail address")));
        Matcher link = Pattern.compile("https?://[^/\\s]+(/confirm\\?token=[A-Za-z0-9_-]+)").matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).as("a confirmation link in the mail").isTrue();
        // the mail's links point at app.base-url; the test server listens on a random port
        browser.open(link.group(1));
        assertThat(browser.waitForId("login-message").getText()).isEqualTo(say("Uw e-mailadres is bevestigd. Log in om verder te gaan.",
                "Your e-mail address is confirmed. Sign in to continue."));
    }

    /** Fills in and saves the organisation's profile (KvK, address, IBAN) until it says it is complete. */
    public void completeTheOrganisationProfile(String accountHolder) {
        browser.go("organisation");
        browser.waitForId("organisation-profile-view");
        browser.type("kvk-number", String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L)));
        browser.choose("legal-form", say("Vereniging", "Association (vereniging)"));
        browser.type("street", "Dorpsstraat 12");
        browser.type("postcode", "8011 AB");
        browser.type("city", "Zwolle");
        browser.pick("municipality", "Zwolle");
        browser.type("iban", "NL91ABNA0417164300");
        browser.type("account-holder", accountHolder);
        browser.type("phone", "038 123 4567");
        browser.click("profile-save");
        browser.waitForText("profile-missing", say("De gegevens van uw organisatie zijn compleet.", "Your organisation details are complete."));
    }

    /** Starts an application in the call from {@code /applications/new}; answers the draft's id, with step 1 shown. */
    public long startApplication(long callId) {
        browser.go("applications/new");
        browser.click("start-call-" + callId);
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/applications/\\d+/edit.*"));
        browser.waitForId("application-wizard-view");
        return Long.parseLong(BrowserTest.driver.getCurrentUrl().replaceAll(".*/applications/(\\d+)/edit.*", "$1"));
    }

    /** Step 2: a village hall in Zwolle, to be renovated. */
    public void facility() {
        browser.choose("wizard-facilityType", say("Buurthuis of dorpshuis", "Community centre"));
        browser.type("wizard-facilityName", "Dorpshuis De Linde");
        browser.type("wizard-facilityStreet", "Lindeplein 1");
        browser.type("wizard-facilityPostcode", "8011 AB");
        browser.type("wizard-facilityCity", "Zwolle");
        browser.pick("wizard-facilityMunicipality", "Zwolle");
        browser.radio("wizard-kindOfWork", say("Verbouwen of verduurzamen", "Renovate or make it sustainable"));
    }

    /** Step 3: the project, running through the whole of {@code year} (typed into the date pickers). */
    public void project(String title, int year) {
        browser.type("wizard-title", title);
        browser.type("wizard-description", say("Een keuken waar dorpsbewoners samen koken en eten.",
                "A kitchen where neighbours cook and eat together."));
        browser.type("wizard-targetGroups", say("Ouderen en alleenstaanden in het dorp", "Elderly people living alone"));
        browser.type("wizard-expectedVisitors", "80");
        browser.type("wizard-activities", say("Samen koken op dinsdag, eettafel op vrijdag",
                "Cooking together on Tuesdays, a shared table on Fridays"));
        // the date pickers read the language's own format: 31-12-2027 in Dutch, 31/12/2027 in English
        browser.typeDate("wizard-startDate", say("01-01-", "01/01/") + year);
        browser.typeDate("wizard-endDate", say("31-12-", "31/12/") + year);
    }

    /** Step 4: one cost line of € 10.000 for furnishing. */
    public void costs() {
        browser.click("costLines-add");
        WebElement row = row("costLines", 0);
        browser.choose(row.findElement(By.tagName("vaadin-select")), say("Inrichting", "Furnishing"));
        browser.type(row.findElement(By.cssSelector("vaadin-text-field.plan-description")), say("Keukenblok en apparatuur", "Kitchen units and appliances"));
        browser.type(row.findElement(By.cssSelector("vaadin-text-field.plan-amount")), "10000");
        browser.waiting().until(d -> BrowserTest.textOf(d.findElement(By.id("plan-totalCosts"))).contains(say("10.000,00", "10,000.00")));
    }

    /** Step 5: € 6.000 asked of the fund and € 4.000 of the association's own money; the plan balances. */
    public void financing() {
        browser.click("financingLines-add");
        WebElement grant = row("financingLines", 0);
        browser.choose(grant.findElement(By.tagName("vaadin-select")), say("Subsidie uit dit fonds", "Grant from this fund"));
        browser.type(grant.findElement(By.cssSelector("vaadin-text-field.plan-description")), "Gemeenschapsfonds");
        browser.type(grant.findElement(By.cssSelector("vaadin-text-field.plan-amount")), "6000");

        browser.click("financingLines-add");
        WebElement own = row("financingLines", 1);
        browser.choose(own.findElement(By.tagName("vaadin-select")), say("Eigen middelen", "Own funds"));
        browser.type(own.findElement(By.cssSelector("vaadin-text-field.plan-description")), say("Reserves van de vereniging", "The club's reserves"));
        browser.type(own.findElement(By.cssSelector("vaadin-text-field.plan-amount")), "4000");

        WebElement step = browser.waitForId("wizard-step-content-5");
        browser.waiting().until(d -> BrowserTest.textOf(step.findElement(By.id("plan-balance")))
                .equals(say("Het plan sluit: kosten = subsidie + cofinanciering", "The plan balances: costs = grant + co-financing")));
    }

    /** Step 6: the three required attachments, each a small real PDF. */
    public void attachments(String organisation) throws Exception {
        browser.waitForId("attachments-panel");
        upload(AttachmentKind.BUDGET, organisation);
        upload(AttachmentKind.STATUTES, organisation);
        upload(AttachmentKind.KVK_EXTRACT, organisation);
        assertThat(BrowserTest.texts(browser.waitForId("attachments-grid").findElements(By.tagName("a"))))
                .containsExactlyInAnyOrder(fileName(AttachmentKind.BUDGET), fileName(AttachmentKind.STATUTES),
                        fileName(AttachmentKind.KVK_EXTRACT));
    }

    /** The three kinds of attachment every application needs, as the wizard names them and as their files are called. */
    public enum AttachmentKind {
        BUDGET("Begroting", "Budget", "begroting.pdf", "budget.pdf"),
        STATUTES("Statuten", "Statutes", "statuten.pdf", "statutes.pdf"),
        KVK_EXTRACT("Uittreksel KvK", "Chamber of Commerce (KvK) extract", "uittreksel-kvk.pdf", "kvk-extract.pdf");

        private final String dutch;
        private final String english;
        private final String dutchFile;
        private final String englishFile;

        AttachmentKind(String dutch, String english, String dutchFile, String englishFile) {
            this.dutch = dutch;
            this.english = english;
            this.dutchFile = dutchFile;
            this.englishFile = englishFile;
        }
    }

    /** The file this applicant uploads as {@code kind}. */
    public String fileName(AttachmentKind kind) {
        return say(kind.dutchFile, kind.englishFile);
    }

    /** Chooses the kind, then gives the upload's file input a real small PDF, as the browser's file dialog would. */
    public void upload(AttachmentKind kind, String organisation) throws Exception {
        BrowserSteps.time("upload", () -> {
            try {
                uploadAndWait(kind, organisation);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void uploadAndWait(AttachmentKind kind, String organisation) throws Exception {
        String kindLabel = say(kind.dutch, kind.english);
        Path file = Files.write(files.resolve(fileName(kind)),
                BrowserSteps.time("pdf render", () -> HtmlPdf.render("<html><body><h1>" + kindLabel + "</h1><p>" + organisation + "</p></body></html>")));
        chooseFile(kind, file);
        browser.waiting().until(d -> "true".equals(d.findElement(By.id("attachments-required-" + kind)).getDomAttribute("data-present")));
        assertThat(BrowserTest.textOf(browser.waitForId("attachments-required-" + kind)))
                .isEqualTo(kindLabel + say(": aanwezig", ": present"));
    }

    /**
     * Chooses the kind and gives the upload's file input this file, as the browser's file dialog would; waits for
     * nothing after it (the caller waits for what the file should lead to).
     */
    public void chooseFile(AttachmentKind kind, Path file) {
        browser.choose("attachments-kind", say(kind.dutch, kind.english));
        WebElement upload = browser.waitForId("attachments-upload");
        browser.waiting().until(d -> upload.getDomAttribute("disabled") == null);
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        // ChromeDriver adds to what a "multiple" file input holds, and the upload keeps the files chosen before:
        // empty it first, as a new file dialog would, or the earlier files go up again with this one
        browser.js("arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Goes to the next step with the wizard's button and waits until that step is shown. */
    public void next(int step) {
        browser.click("wizard-next");
        browser.waitForId("wizard-step-content-" + step);
        browser.waiting().until(d -> "step".equals(d.findElement(By.id("wizard-step-" + step)).getDomAttribute("aria-current")));
    }

    /** On step 7: submits, and confirms the declaration that submitting signs. */
    public void submitSigningTheDeclaration() {
        browser.click("wizard-submit");
        WebElement declaration = browser.waitForVisible(By.cssSelector("vaadin-confirm-dialog#wizard-declaration"));
        assertThat(declaration.getText()).contains(say("naar waarheid", "truthfully"));
        browser.waitForVisible(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot=confirm-button]")).click();
    }

    /** Row {@code index} of a plan lines editor ({@code costLines} or {@code financingLines}). */
    public WebElement row(String editorId, int index) {
        return browser.waiting().until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#" + editorId + " > vaadin-vertical-layout > vaadin-horizontal-layout"));
            return rows.size() > index ? rows.get(index) : null;
        });
    }

    /** Waits (up to the test timeout) for a mail to {@code email} that matches. */
    public MimeMessage awaitMail(String email, MailMatch match) {
        return BrowserSteps.time("mail wait", () -> awaitTheMail(email, match));
    }

    private MimeMessage awaitTheMail(String email, MailMatch match) {
        return new FluentWait<>(greenMail).withTimeout(BrowserTest.TIMEOUT).pollingEvery(Duration.ofMillis(100))
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
    public interface MailMatch {
        boolean test(MimeMessage message) throws Exception;
    }
}
