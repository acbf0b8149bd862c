package nl.gemeenschapsfonds.review;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.Mails;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bulk work in the work queue (issue 21.4): the decision deadline of many applications extended at once, with one mail
 * and notice per applicant and one audit entry per application; the filtered queue (or a selection of it) exported to
 * CSV and XLSX with exactly its rows.
 */
@IntegrationTest
class WorkQueueBulkIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(Mails.SMTP);

    @Autowired WorkQueueService queue;
    @Autowired DeadlineService deadlines;
    @Autowired Applications applications;
    @Autowired TestAuthorities authorities;
    @Autowired JdbcClient jdbc;

    private Staff staff;
    private long call;
    private long otherCall;
    private final List<String> applicants = new ArrayList<>();
    private final List<Long> ids = new ArrayList<>();
    private long elsewhere;

    @BeforeEach
    void threeApplicationsOfThreeApplicantsAndOneInAnotherCall() throws Exception {
        staff = authorities.newAuthority("Gemeente Bulk " + UUID.randomUUID().toString().substring(0, 6));
        call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("500000"))).titled("Bulkregeling"));
        otherCall = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("500000"))).titled("Andere regeling"));
        for (String grant : List.of("10000", "20000", "30000")) {
            String applicant = authorities.newApplicant("Vereniging Bulk " + grant);
            applicants.add(applicant);
            ids.add(applications.submitted(applicant, call, Map.of(2027, amount(grant))));
        }
        elsewhere = applications.submitted(authorities.newApplicant("Elders"), otherCall, Map.of(2027, amount("5000")));
    }

    private WorkQueueFilter ofCall() {
        return new WorkQueueFilter(null, call, null, null, false, false, false);
    }

    @Test
    void extending_the_deadline_of_many_sends_one_mail_with_its_own_notice_per_applicant_and_one_audit_entry_per_application()
            throws Exception {
        List<DeadlineService.Extended> extended = authorities.as(staff.reviewer(),
                () -> deadlines.extendAll(ids, 4, "Veel aanvragen tegelijk ontvangen."));

        assertThat(extended).extracting(DeadlineService.Extended::refusal).containsOnlyNulls();
        for (int i = 0; i < ids.size(); i++) {
            String reference = jdbc.sql("select reference from grant_application where id = ?").param(ids.get(i)).query(String.class).single();
            Mails.await(greenMail, applicants.get(i), 2);
            List<Mails.Received> mails = Mails.to(greenMail, applicants.get(i)).stream()
                    .filter(mail -> mail.subject().contains("beslistermijn")).toList();
            assertThat(mails).as("one extension mail for applicant %d", i).singleElement()
                    .satisfies(mail -> assertThat(mail.subject()).contains(reference));
            String applicant = applicants.get(i);
            MimeMessage message = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(applicant) && subject(m).contains("beslistermijn")).findFirst().orElseThrow();
            String letter = pdfText(message);
            assertThat(letter).as("the applicant's own notice").contains(reference).contains("Veel aanvragen tegelijk ontvangen.");
            for (String otherReference : otherReferences(ids.get(i))) {
                assertThat(letter).doesNotContain(otherReference);
            }
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DEADLINE_EXTENDED' and object_id = ?")
                    .param(String.valueOf(ids.get(i))).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from deadline_extension where application_id = ?").param(ids.get(i))
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void a_bulk_extension_without_a_reason_is_refused_and_extends_nothing() throws Exception {
        assertThatThrownBy(() -> authorities.as(staff.reviewer(), () -> deadlines.extendAll(ids, 4, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().field()).isEqualTo("extensionReason"));
        assertThat(jdbc.sql("select count(*) from deadline_extension where application_id in (?, ?, ?)")
                .params(ids.get(0), ids.get(1), ids.get(2)).query(Long.class).single()).isZero();
    }

    @Test
    void the_csv_export_of_the_filtered_queue_holds_exactly_the_filtered_rows() throws Exception {
        byte[] csv = authorities.as(staff.reviewer(), () -> queue.export(ofCall(), null, WorkQueueExport.Format.CSV, Locale.of("nl")));

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).replace("\ufeff", ""))).getRecords();
        assertThat(records).extracting(r -> r.get(0)).containsExactlyInAnyOrderElementsOf(references(ids));
        assertThat(records).extracting(r -> r.get(3)).containsOnly("Bulkregeling");
    }

    @Test
    void the_xlsx_export_of_a_selection_holds_exactly_the_selected_rows_of_the_filter() throws Exception {
        List<Long> selected = List.of(ids.get(0), ids.get(2), elsewhere);

        byte[] xlsx = authorities.as(staff.reviewer(), () -> queue.export(ofCall(), selected, WorkQueueExport.Format.XLSX, Locale.of("en")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reference");
            List<String> references = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                references.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(references).as("the selection within the filter: not the row of the other call")
                    .containsExactlyInAnyOrderElementsOf(references(List.of(ids.get(0), ids.get(2))));
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isPositive();
        }
    }

    @Test
    void all_rows_of_the_filter_are_the_filtered_rows() throws Exception {
        assertThat(authorities.as(staff.reviewer(), () -> queue.ids(ofCall()))).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(authorities.as(staff.reviewer(), () -> queue.ids(WorkQueueFilter.none()))).contains(elsewhere).containsAll(ids);
    }

    private List<String> references(List<Long> of) {
        return of.stream().map(id -> jdbc.sql("select reference from grant_application where id = ?").param(id)
                .query(String.class).single()).toList();
    }

    private List<String> otherReferences(long id) {
        return references(ids.stream().filter(other -> other != id).toList());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
                try (var pdf = Loader.loadPDF(part.getInputStream().readAllBytes())) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
        }
        throw new AssertionError("no PDF notice with the mail");
    }
}
