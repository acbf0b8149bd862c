package nl.gemeenschapsfonds.submission.ui;

import nl.gemeenschapsfonds.submission.TestApplications;
import nl.gemeenschapsfonds.submission.TestFiles;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload in real Chromium: the file goes through Vaadin's upload request (not karibu's shortcut),
 * past the security filter chain into the service, and comes back through the download link.
 */
class AttachmentsUploadBrowserIT extends BrowserTest {

    @Autowired
    TestApplications applications;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    private long draft;

    @BeforeEach
    void signedInApplicantWithADraft() {
        draft = applications.draft(applications.newCall(), DemoUsers.APPLICANT);
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
        open("login");
        login(DemoUsers.APPLICANT, DemoUsers.PASSWORD);
        waitForId("my-applications-view");
        open("test/attachments/" + draft);
        waitForId("attachments-panel");
    }

    private void send(String name, byte[] content) throws IOException {
        Path file = Files.write(files.resolve(name), content);
        WebElement input = waitForId("attachments-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void a_pdf_is_uploaded_listed_and_downloaded_with_the_same_bytes() throws Exception {
        byte[] pdf = TestFiles.pdf("Begroting € 1.234,56");
        choose("attachments-kind", "Begroting");

        send("begroting.pdf", pdf);

        waiting().until(d -> waitForId("attachments-grid").getText().contains("begroting.pdf"));
        assertThat(waitForId("attachments-required-BUDGET").getText()).isEqualTo("Begroting: aanwezig");
        WebElement link = waitForId("attachments-grid").findElement(By.linkText("begroting.pdf"));
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getDomProperty("href")))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).startsWith("attachment; filename=\"begroting.pdf\""));
    }

    @Test
    void twenty_one_megabytes_posted_straight_to_the_upload_url_past_the_browser_are_refused() throws Exception {
        choose("attachments-kind", "Plan of tekening");
        String target = waitForId("attachments-upload").getDomAttribute("target");
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        TestFiles.CountingStream body = new TestFiles.CountingStream(21L * 1024 * 1024);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(target)))
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "application/pdf")
                .header("X-Filename", "plan.pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("Het bestand is groter dan 20 MB");
        assertThat(applications.attachmentRows(draft)).isZero();
    }

    @Test
    void an_executable_named_pdf_passes_the_browser_but_the_server_refuses_it() throws Exception {
        choose("attachments-kind", "Offerte");

        send("offerte.pdf", TestFiles.exe());

        WebElement error = waitForId("attachments-error");
        waiting().until(d -> error.getText().contains("Toegestaan zijn: PDF, DOCX, XLSX, JPG, PNG"));
        assertThat(waitForId("attachments-upload").getText()).as("the file in the upload's list")
                .contains("offerte.pdf").contains("Het bestand is geweigerd; de reden staat hieronder.");
        assertThat(applications.attachmentRows(draft)).isZero();
        assertThat(driver.findElements(By.id("attachments-grid")).stream().filter(WebElement::isDisplayed)).isEmpty();
    }
}
