package nl.gemeenschapsfonds.register;

import nl.gemeenschapsfonds.test.Applications;
import nl.gemeenschapsfonds.test.Applications.CallSpec;
import nl.gemeenschapsfonds.test.IntegrationTest;
import nl.gemeenschapsfonds.test.TestAuthorities;
import nl.gemeenschapsfonds.test.TestAuthorities.Staff;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static nl.gemeenschapsfonds.test.Applications.amount;
import static org.assertj.core.api.Assertions.assertThat;

/** The register's filtered list as files at their public URLs, without signing in. */
@IntegrationTest
class RegisterExportIT {

    @Autowired TestAuthorities authorities;
    @Autowired Applications applications;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String granted(Staff staff, long call, String organisation, String euros) throws Exception {
        long id = applications.granted(staff, authorities.newApplicant(organisation), call, Map.of(2027, amount(euros)));
        return jdbc.sql("select reference from grant_application where id = ?").param(id).query(String.class).single();
    }

    @Test
    void the_filtered_list_downloads_as_csv_and_xlsx_with_only_that_authoritys_grants() throws Exception {
        Staff staff = authorities.newAuthority("Gemeente Export");
        long call = applications.openCall(staff, CallSpec.firstCome(Map.of(2027, amount("100000"))));
        String code = jdbc.sql("select code from authority where id = ?").param(staff.authorityId()).query(String.class).single();
        String first = granted(staff, call, "Vereniging Eén", "1234.50");
        String second = granted(staff, call, "Stichting Twee", "2000");

        HttpResponse<byte[]> csv = get("/open-data/subsidieregister.csv?lang=nl&authority=" + code);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains(".csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(parser.getHeaderNames()).startsWith("Kenmerk", "Verstrekker", "Regeling", "Organisatie", "KvK-nummer");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).extracting(row -> row.get("Kenmerk")).containsExactlyInAnyOrder(first, second);
            assertThat(rows).extracting(row -> row.get("Verleend totaal")).contains("1234,50", "2000,00");
        }

        HttpResponse<byte[]> xlsx = get("/open-data/subsidieregister.xlsx?lang=en&authority=" + code);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reference");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row row = sheet.getRow(1).getCell(0).getStringCellValue().equals(first) ? sheet.getRow(1) : sheet.getRow(2);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1234.50);
        }
    }

    @Test
    void a_360giving_file_of_an_authority_without_published_grants_is_a_404_problem() throws Exception {
        HttpResponse<byte[]> response = get("/open-data/360giving/GM9999.json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
