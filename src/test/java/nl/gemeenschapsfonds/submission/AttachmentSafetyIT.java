package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.scan.Eicar;
import nl.gemeenschapsfonds.scan.EmbeddedScanner;
import nl.gemeenschapsfonds.submission.TestApplications.TestCall;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestApplicants;
import nl.gemeenschapsfonds.test.TestAuthorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every application attachment goes through the real clamd the test context started (Debian's clamav-daemon with
 * a signature database of its own), and through the archive, polyglot and per-application limits, before it is stored.
 */
@IntegrationTest
class AttachmentSafetyIT {

    @Autowired AttachmentService attachments;
    @Autowired TestAuthorities authorities;
    @Autowired TestApplications applications;
    @Autowired TestApplicants applicants;
    @Autowired EmbeddedScanner embedded;
    @Autowired JdbcClient jdbc;

    private String applicant;
    private long draft;

    @BeforeEach
    void aDraft() {
        TestCall call = applications.newCall();
        applicant = authorities.newApplicant("Dorpshuis Veilig");
        draft = applications.draft(call, applicant);
    }

    private AttachmentListItem upload(String name, byte[] content) throws Exception {
        return authorities.as(applicant, () -> attachments.upload(draft, AttachmentKind.OTHER, name, new ByteArrayInputStream(content)));
    }

    private static InvalidInputException.Problem refusal(Throwable thrown) {
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        InvalidInputException.Problem problem = ((InvalidInputException) thrown).problems().getFirst();
        assertThat(problem.field()).isEqualTo("attachments");
        return problem;
    }

    @Test
    void the_eicar_test_file_is_refused_with_the_signature_name_nothing_is_stored_and_the_refusal_is_audited() {
        InvalidInputException.Problem problem = refusal(catchThrowable(() -> upload("begroting.pdf", Eicar.bytes())));

        assertThat(problem.messageKey()).isEqualTo("scan.infected");
        assertThat((String) problem.args()[0]).as("the signature clamd reported").containsIgnoringCase("eicar");
        assertThat(applications.attachmentRows(draft)).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'UPLOAD_REFUSED_MALWARE' and object_type = 'Application' and object_id = ?")
                .param(String.valueOf(draft)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_clean_pdf_is_scanned_and_stored() throws Exception {
        AttachmentListItem stored = upload("begroting.pdf", TestFiles.pdf("Begroting € 1.234,56"));

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(applications.attachmentRows(draft)).isEqualTo(1);
    }

    @Test
    void while_clamd_is_stopped_an_upload_is_refused_as_temporarily_unscannable_and_nothing_is_stored() throws Exception {
        embedded.clamd().stop();
        try {
            InvalidInputException.Problem problem = refusal(catchThrowable(() -> upload("begroting.pdf", TestFiles.pdf("x"))));

            assertThat(problem.messageKey()).isEqualTo("scan.unavailable");
            assertThat(applications.attachmentRows(draft)).isZero();
        } finally {
            embedded.clamd().start(Duration.ofSeconds(60));
        }
        assertThat(upload("begroting.pdf", TestFiles.pdf("x"))).as("accepted again once clamd is back").isNotNull();
    }

    @Test
    void a_docx_whose_content_unpacks_a_thousand_times_larger_is_not_a_valid_document() throws Exception {
        byte[] bomb = zip("[Content_Types].xml", 50 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200 * 1024);

        InvalidInputException.Problem problem = refusal(catchThrowable(() -> upload("statuten.docx", bomb)));

        assertThat(problem.messageKey()).isEqualTo("scan.notValidDocument");
        assertThat(applications.attachmentRows(draft)).isZero();
    }

    @Test
    void a_pdf_carrying_html_and_script_in_its_first_kilobytes_is_refused() {
        byte[] polyglot = "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);

        InvalidInputException.Problem problem = refusal(catchThrowable(() -> upload("begroting.pdf", polyglot)));

        assertThat(problem.messageKey()).isEqualTo("scan.activeContent");
        assertThat(applications.attachmentRows(draft)).isZero();
    }

    @Test
    void an_application_holds_at_most_thirty_attachments() throws Exception {
        byte[] png = TestFiles.png();
        for (int i = 0; i < 30; i++) {
            upload("foto-" + i + ".png", png);
        }

        InvalidInputException.Problem problem = refusal(catchThrowable(() -> upload("foto-31.png", png)));

        assertThat(problem.messageKey()).isEqualTo("attachment.tooMany");
        assertThat(applications.attachmentRows(draft)).isEqualTo(30);
    }

    @Test
    void an_application_holds_at_most_the_configured_total_size_of_attachments() throws Exception {
        byte[] png = TestFiles.png();
        // app.attachments.max-total-bytes is 100 MB; for this test only, room for two and a half of these images
        Object service = AopTestUtils.getUltimateTargetObject(attachments);
        Object reception = ReflectionTestUtils.getField(service, "reception");
        AttachmentLimits configured = (AttachmentLimits) ReflectionTestUtils.getField(reception, "limits");
        assertThat(configured.maxTotalBytes()).as("the default total").isEqualTo(100L * 1024 * 1024);
        ReflectionTestUtils.setField(reception, "limits",
                new AttachmentLimits(configured.maxBytes(), configured.maxPerApplication(), png.length * 5L / 2));
        try {
            upload("foto-1.png", png);
            upload("foto-2.png", png);

            InvalidInputException.Problem problem = refusal(catchThrowable(() -> upload("foto-3.png", png)));

            assertThat(problem.messageKey()).isEqualTo("attachment.totalTooLarge");
            assertThat(applications.attachmentRows(draft)).isEqualTo(2);
        } finally {
            ReflectionTestUtils.setField(reception, "limits", configured);
        }
    }

    @Test
    void an_applicant_whose_e_mail_address_is_not_confirmed_cannot_upload() throws Exception {
        TestApplicants.Applicant unconfirmed = applicants.registered("Vereniging Onbevestigd", false);
        long theirs = applications.draft(applications.newCall(), unconfirmed.email());

        InvalidInputException.Problem problem = refusal(catchThrowable(() -> authorities.as(unconfirmed.email(),
                () -> attachments.upload(theirs, AttachmentKind.OTHER, "a.pdf", new ByteArrayInputStream(TestFiles.pdf("x"))))));

        assertThat(problem.messageKey()).isEqualTo("attachment.emailNotConfirmed");
        assertThat(applications.attachmentRows(theirs)).isZero();
    }

    /** A ZIP with one entry of {@code size} zero bytes: tiny on disk, large unpacked. */
    static byte[] zip(String entry, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1024 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
