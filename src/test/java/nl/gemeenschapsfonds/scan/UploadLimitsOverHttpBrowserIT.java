package nl.gemeenschapsfonds.scan;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.cofinancing.PledgeForm;
import nl.gemeenschapsfonds.cofinancing.PledgeKind;
import nl.gemeenschapsfonds.cofinancing.PledgeService;
import nl.gemeenschapsfonds.payment.BankStatements;
import nl.gemeenschapsfonds.report.Grants;
import nl.gemeenschapsfonds.report.ReportKind;
import nl.gemeenschapsfonds.report.ReportService;
import nl.gemeenschapsfonds.security.Role;
import nl.gemeenschapsfonds.security.UserAccounts;
import nl.gemeenschapsfonds.submission.TestApplications;
import nl.gemeenschapsfonds.submission.TestFiles;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.BrowserTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import nl.gemeenschapsfonds.test.UploadBytesRead;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each upload handler reached over HTTP as an attacker would: signed in in a real browser, the upload's own address
 * (its {@code target}, where Vaadin routes the request to the view's {@code UploadHandler}) is sent a raw body above
 * the handler's limit, past the browser's size check. Refused, and the application read at most limit + 1 byte of
 * the body ({@link UploadBytesRead} counts what it took from the request's input stream; Tomcat discards the rest
 * up to {@code server.tomcat.max-swallow-size}); nothing is stored.
 */
class UploadLimitsOverHttpBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a-long-enough-password";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired UploadBytesRead bytesRead;
    @Autowired TestAuthorities authorities;
    @Autowired TestApplications testApplications;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired PledgeService pledges;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void signedOut() {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    private void signIn(String email, String password) {
        signInAs(email, password);
    }

    private record Sent(HttpResponse<String> response, long readByTheApplication, long sentByTheClient) {
    }

    /** Posts {@code size} bytes straight to the address of the upload with this id, as the browser's upload would. */
    private Sent postRaw(String uploadId, long size, String contentType, String fileName) throws Exception {
        String target = waitForId(uploadId).getDomAttribute("target");
        assertThat(target).as("Vaadin's address of the upload handler").contains("VAADIN/dynamic/resource/");
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        TestFiles.CountingStream body = new TestFiles.CountingStream(size);
        bytesRead.reset();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(url(target))).timeout(Duration.ofSeconds(60))
                        .header("Cookie", "JSESSIONID=" + cookie)
                        .header("Content-Type", contentType)
                        .header("X-Filename", fileName)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Sent(response, bytesRead.ofLastUpload(), body.bytesRead());
    }

    @Test
    void twenty_one_megabytes_posted_to_the_application_attachment_upload_are_refused_after_reading_one_byte_past_twenty() throws Exception {
        String applicant = authorities.newApplicant("Dorpshuis Grote Bijlage");
        long draft = testApplications.draft(testApplications.newCall(), applicant);
        signIn(applicant, PASSWORD);
        open("test/attachments/" + draft);
        waitForId("attachments-panel");
        choose("attachments-kind", "Plan of tekening");

        Sent sent = postRaw("attachments-upload", 21L * 1024 * 1024, "application/pdf", "plan.pdf");

        assertThat(sent.response().statusCode()).as(sent.response().body()).isEqualTo(422);
        assertThat(sent.response().body()).contains("Het bestand is groter dan 20 MB");
        assertThat(sent.readByTheApplication()).isEqualTo(20L * 1024 * 1024 + 1);
        assertThat(testApplications.attachmentRows(draft)).isZero();
    }

    @Test
    void twelve_megabytes_posted_to_the_report_file_upload_are_refused_after_reading_one_byte_past_ten() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Groot Verslag");
        String applicant = authorities.newApplicant("Dorpshuis Groot Verslag");
        long call = grants.openCall(staff, null, null, null);
        long application = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        long report = authorities.as(applicant, () -> reports.myObligations(application)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow().id();
        signIn(applicant, PASSWORD);
        open("applications/" + application + "/reports/" + report);

        Sent sent = postRaw("report-upload", 12L * 1024 * 1024, "application/pdf", "facturen.pdf");

        assertThat(sent.response().statusCode()).as(sent.response().body()).isEqualTo(422);
        assertThat(sent.response().body()).contains("10 MB");
        assertThat(sent.readByTheApplication()).isEqualTo(ReportService.MAX_FILE_BYTES + 1L);
        assertThat(jdbc.sql("select count(*) from report_attachment where report_id = ?").param(report)
                .query(Long.class).single()).as("nothing stored").isZero();
    }

    @Test
    void six_megabytes_posted_to_the_pledge_letter_upload_are_refused_after_reading_one_byte_past_five() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Grote Brief");
        long call = applications.openCall(staff, Applications.CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String applicant = authorities.newApplicant("Vereniging Grote Brief");
        long application = applications.submittedSeekingCoFinancing(applicant, call, Map.of(2027, amount("100000")), amount("5000"));
        String key = UUID.randomUUID().toString().substring(0, 8);
        long funderId = jdbc.sql("insert into funder (name, kind) values (?, 'FOUNDATION') returning id")
                .param("Stichting Grote Brief " + key).query(Long.class).single();
        String funder = "funder-" + key + "@test.example";
        accounts.create(funder, "Financier " + key, PASSWORD, Role.FUNDER, null, null, funderId);
        long pledge = authorities.as(funder, () -> pledges.pledge(new PledgeForm(application, 2027, amount("5000"),
                PledgeKind.CASH, "Bijdrage", null)));
        signIn(funder, PASSWORD);
        open("funder/projects/" + application);

        Sent sent = postRaw("pledge-letter-upload-" + pledge, 6L * 1024 * 1024, "application/pdf", "toezegging.pdf");

        assertThat(sent.response().statusCode()).as(sent.response().body()).isEqualTo(422);
        assertThat(sent.readByTheApplication()).isEqualTo(5L * 1024 * 1024 + 1);
        assertThat(jdbc.sql("select letter is null from pledge where id = ?").param(pledge).query(Boolean.class).single())
                .as("no letter stored").isTrue();
    }

    @Test
    void three_megabytes_posted_to_the_bank_statement_upload_are_refused_after_reading_one_byte_past_two() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Groot Afschrift");
        signIn(staff.finance(), PASSWORD);
        open("payments/statement");

        Sent sent = postRaw("statement-upload", 3L * 1024 * 1024, "text/csv", "afschrift.csv");

        assertThat(sent.response().statusCode()).as(sent.response().body()).isEqualTo(422);
        assertThat(sent.response().body()).contains("Het bestand is groter dan");
        assertThat(sent.readByTheApplication()).isEqualTo(BankStatements.MAX_BYTES + 1L);
        // nothing to store: an uploaded statement is only previewed, and kept only when the preview is confirmed
    }

    @Test
    void a_multipart_body_above_the_limit_posted_to_the_application_attachment_upload_is_refused_and_nothing_is_stored() throws Exception {
        String applicant = authorities.newApplicant("Dorpshuis Multipart");
        long draft = testApplications.draft(testApplications.newCall(), applicant);
        signIn(applicant, PASSWORD);
        open("test/attachments/" + draft);
        waitForId("attachments-panel");
        choose("attachments-kind", "Plan of tekening");
        String target = waitForId("attachments-upload").getDomAttribute("target");
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        String boundary = "----grens" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        TestFiles.CountingStream file = new TestFiles.CountingStream(20L * 1024 * 1024 + 512 * 1024);
        java.io.InputStream body = new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                new java.io.ByteArrayInputStream(head), file, new java.io.ByteArrayInputStream(tail))));
        bytesRead.reset();

        int status;
        try {
            status = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(url(target))).timeout(Duration.ofSeconds(60))
                            .header("Cookie", "JSESSIONID=" + cookie)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException closedByTheServer) {
            status = -1; // the server may close the connection instead of reading on
        }

        assertThat(status).as("refused (or the connection closed)").isNotEqualTo(200);
        assertThat(bytesRead.ofLastUpload()).as("read by the application through the request's stream")
                .isLessThanOrEqualTo(20L * 1024 * 1024 + 1);
        assertThat(testApplications.attachmentRows(draft)).isZero();
    }
}
