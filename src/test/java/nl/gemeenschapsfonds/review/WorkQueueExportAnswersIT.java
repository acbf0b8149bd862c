package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.fund.CallQuestion;
import nl.gemeenschapsfonds.fund.CallQuestionService;
import nl.gemeenschapsfonds.fund.QuestionKind;
import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work-queue export carries the answers to the call's own questions (issue 21): a column per question, the answer
 * in the application's row; numbers as numbers in XLSX; a question hidden by an earlier answer stays empty.
 */
@IntegrationTest
class WorkQueueExportAnswersIT {

    @Autowired WorkQueueService queue;
    @Autowired Applications applications;
    @Autowired TestAuthorities authorities;
    @Autowired CallQuestionService questions;
    @Autowired JdbcClient jdbc;

    private static CallQuestion q(String key, QuestionKind kind, String nl, String en, String shownWhen, String value) {
        return new CallQuestion(key, kind, nl, en, null, null, false, null, List.of(), null, shownWhen, value);
    }

    @Test
    void each_own_question_of_the_call_is_a_column_with_the_answer_in_the_application_row() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Exportvragen");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("500000"))).titled("Kookregeling"));
        authorities.as(staff.admin(), () -> questions.save(call, List.of(
                q("dish", QuestionKind.SHORT_TEXT, "Wat gaat u koken?", "What will you cook?", null, null),
                q("members", QuestionKind.WHOLE_NUMBER, "Aantal leden", "Number of members", null, null),
                q("kitchen", QuestionKind.YES_NO, "Hebt u een keuken?", "Do you have a kitchen?", null, null),
                q("which", QuestionKind.SHORT_TEXT, "Welke keuken?", "Which kitchen?", "kitchen", "yes")),
                List.of(), "Eigen vragen voor de exporttest"));
        long answered = applications.submitted(authorities.newApplicant("Kookclub"), call, Map.of(2027, amount("10000")));
        long silent = applications.submitted(authorities.newApplicant("Stille club"), call, Map.of(2027, amount("20000")));
        jdbc.sql("update application_answers set answers = cast(? as jsonb) where application_id = ?")
                .params("{\"dish\":\"Samen koken; met ‘stoofpot’\",\"members\":\"42\",\"kitchen\":\"no\",\"which\":\"Oude keuken\"}", answered)
                .update();
        WorkQueueFilter filter = new WorkQueueFilter(null, call, null, null, false, false, false);

        byte[] csv = authorities.as(staff.reviewer(), () -> queue.export(filter, null, WorkQueueExport.Format.CSV, Locale.of("nl")));
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).replace("\ufeff", ""))).getRecords();
        assertThat(records).hasSize(2);
        CSVRecord row = records.stream().filter(r -> r.get(0).equals(reference(answered))).findFirst().orElseThrow();
        assertThat(row.get("Wat gaat u koken?")).isEqualTo("Samen koken; met ‘stoofpot’");
        assertThat(row.get("Aantal leden")).isEqualTo("42");
        assertThat(row.get("Hebt u een keuken?")).isEqualTo("Nee");
        assertThat(row.get("Welke keuken?")).as("hidden by the answer 'no'").isEmpty();
        CSVRecord other = records.stream().filter(r -> r.get(0).equals(reference(silent))).findFirst().orElseThrow();
        assertThat(other.get("Wat gaat u koken?")).as("not answered").isEmpty();

        byte[] xlsx = authorities.as(staff.reviewer(), () -> queue.export(filter, List.of(answered), WorkQueueExport.Format.XLSX,
                Locale.of("en")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).contains("What will you cook?", "Number of members");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(headers.indexOf("What will you cook?")).getStringCellValue()).isEqualTo("Samen koken; met ‘stoofpot’");
            assertThat(first.getCell(headers.indexOf("Number of members")).getNumericCellValue()).as("a number, to add up").isEqualTo(42.0);
            assertThat(first.getCell(headers.indexOf("Do you have a kitchen?")).getStringCellValue()).isEqualTo("No");
        }
    }

    private String reference(long id) {
        return jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
    }
}
