package nl.gemeenschapsfonds.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.scan.Eicar;
import nl.gemeenschapsfonds.submission.TestFiles;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Report files: streamed with a hard cap and scanned by the real clamd before they are stored. */
@IntegrationTest
class ReportUploadSafetyIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired Grants grants;
    @Autowired ReportService reports;
    @Autowired JdbcClient jdbc;

    private String applicant;
    private long reportId;

    @BeforeEach
    void aGrantWithAFinalReport() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Verantwoording Veilig");
        applicant = authorities.newApplicant("Dorpshuis Veilig");
        long call = grants.openCall(staff, null, null, null);
        long id = applications.granted(staff, applicant, call, Map.of(2027, amount("20000")));
        reportId = authorities.as(applicant, () -> reports.myObligations(id)).stream()
                .filter(o -> o.kind() == ReportKind.FINAL).findFirst().orElseThrow().id();
    }

    private long files() {
        return jdbc.sql("select count(*) from report_attachment where report_id = ?").param(reportId).query(Long.class).single();
    }

    @Test
    void a_raw_upload_above_ten_megabytes_is_refused_after_reading_one_byte_past_the_limit() {
        TestFiles.CountingStream stream = new TestFiles.CountingStream(50L * 1024 * 1024);

        Throwable thrown = catchThrowable(() -> authorities.as(applicant,
                () -> reports.upload(reportId, ReportAttachmentKind.INVOICES, "facturen.pdf", stream)));

        assertThat(thrown).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("report.validation.fileSize"));
        assertThat(stream.bytesRead()).isEqualTo(ReportService.MAX_FILE_BYTES + 1L);
        assertThat(files()).isZero();
    }

    @Test
    void a_pdf_carrying_the_eicar_test_string_is_refused_with_the_signature_and_a_clean_one_is_stored() throws Exception {
        byte[] infected = ("%PDF-1.4\n1 0 obj\n(" + new String(Eicar.bytes()) + ")\nendobj\n%%EOF").getBytes();

        Throwable thrown = catchThrowable(() -> authorities.as(applicant,
                () -> reports.upload(reportId, ReportAttachmentKind.INVOICES, "facturen.pdf", new ByteArrayInputStream(infected))));

        assertThat(thrown).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems().getFirst().messageKey()).isEqualTo("scan.infected");
            assertThat((String) e.problems().getFirst().args()[0]).containsIgnoringCase("eicar");
        });
        assertThat(files()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'UPLOAD_REFUSED_MALWARE' and object_type = 'Report' and object_id = ?")
                .param(String.valueOf(reportId)).query(Long.class).single()).isEqualTo(1);

        authorities.as(applicant, () -> reports.upload(reportId, ReportAttachmentKind.INVOICES, "facturen.pdf",
                new ByteArrayInputStream(TestFiles.pdf("Factuur 2027-001"))));
        assertThat(files()).isEqualTo(1);
    }
}
