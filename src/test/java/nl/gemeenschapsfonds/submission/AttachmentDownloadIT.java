package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.submission.TestApplications.TestCall;
import nl.gemeenschapsfonds.test.DemoUsers;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Downloading an attachment over real HTTP, through the security filter chain, as a browser would. */
@IntegrationTest
class AttachmentDownloadIT {

    private static final String NAME = "Begroting Coöperatie € 2027.pdf";

    @LocalServerPort
    int port;

    @Autowired
    AttachmentService attachments;

    @Autowired
    TestAuthorities authorities;

    @Autowired
    TestApplications applications;

    private TestCall call;
    private long draft;
    private byte[] pdf;
    private AttachmentListItem budget;

    @BeforeEach
    void uploadedBudget() throws Exception {
        call = applications.newCall();
        draft = applications.draft(call, DemoUsers.APPLICANT);
        pdf = TestFiles.pdf("Begroting € 1.234,56");
        budget = authorities.as(DemoUsers.APPLICANT,
                () -> attachments.upload(draft, AttachmentKind.BUDGET, NAME, new ByteArrayInputStream(pdf)));
    }

    /** A client with its own cookie jar, signed in through the login form like a browser. */
    private HttpClient signedIn(String email, String password) throws Exception {
        return nl.gemeenschapsfonds.test.FormSignIn.signedIn(uri("/"), email, password);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<byte[]> get(HttpClient client, long applicationId, long attachmentId) throws Exception {
        return client.send(HttpRequest.newBuilder(uri("/" + AttachmentDownloadController.path(applicationId, attachmentId))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_applicant_downloads_the_file_as_an_attachment_under_its_name_with_an_ascii_fallback() throws Exception {
        HttpResponse<byte[]> response = get(signedIn(DemoUsers.APPLICANT, DemoUsers.PASSWORD), draft, budget.id());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).isEqualTo("attachment; filename=\"Begroting Cooperatie _ 2027.pdf\"; "
                + "filename*=UTF-8''Begroting%20Co%C3%B6peratie%20%E2%82%AC%202027.pdf");
        assertThat(disposition.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(NAME);
    }

    @Test
    void an_anonymous_request_is_sent_to_the_login_page_and_gets_no_file() throws Exception {
        HttpResponse<byte[]> response = get(HttpClient.newHttpClient(), draft, budget.id());

        assertThat(response.statusCode()).isIn(302, 401);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
    }

    @Test
    void another_organisations_applicant_gets_not_found() throws Exception {
        HttpClient welsum = signedIn(DemoUsers.APPLICANT_WELSUM, DemoUsers.PASSWORD);

        HttpResponse<byte[]> response = get(welsum, draft, budget.id());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
    }

    @Test
    void an_attachment_that_does_not_exist_is_not_found_like_someone_elses() throws Exception {
        HttpClient applicant = signedIn(DemoUsers.APPLICANT, DemoUsers.PASSWORD);

        assertThat(get(applicant, draft, budget.id() + 1_000_000).statusCode()).isEqualTo(404);
        assertThat(get(applicant, draft + 1_000_000, budget.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void staff_with_the_password_alone_download_nothing_and_a_reviewer_of_another_authority_gets_not_found() throws Exception {
        // the call's own staff are new accounts: with the password alone (no second factor yet) nothing is served
        HttpClient reviewer = signedIn(call.staff().reviewer(), "a-long-enough-password");
        assertThat(get(reviewer, draft, budget.id()).statusCode()).as("a draft, password alone").isEqualTo(403);

        applications.submit(draft);

        assertThat(get(reviewer, draft, budget.id()).statusCode()).as("submitted, password alone").isEqualTo(403);
        assertThat(get(signedIn(DemoUsers.REVIEWER, DemoUsers.PASSWORD), draft, budget.id()).statusCode())
                .as("a reviewer of another authority").isEqualTo(404);
        assertThat(get(signedIn(call.staff().finance(), "a-long-enough-password"), draft, budget.id()).statusCode())
                .as("a role that does not read attachments").isEqualTo(403);
    }
}
