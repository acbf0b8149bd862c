package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.base.i18n.Translations;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PledgesExportTest {

    private static final Translations TRANSLATIONS = new Translations();

    private static List<PledgeItem> pledges() {
        return List.of(
                new PledgeItem(1, 0, 10, "GF-2027-0001", "Keuken; \"samen\" koken", "Bouwbedrijf", 2027, money("6000"),
                        PledgeKind.CASH, null, null, PledgeStatus.RECEIVED, Instant.EPOCH, true,
                        LocalDate.of(2027, 3, 1), money("5500.50"), null, null),
                new PledgeItem(2, 0, 11, "GF-2027-0002", "=HYPERLINK(\"x\")", "Bouwbedrijf", 2028, money("1250.25"),
                        PledgeKind.IN_KIND, "Vakmensen", null, PledgeStatus.PLEDGED, null, false, null, null, null, null));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    @Test
    void dutch_csv_has_a_bom_semicolons_decimal_commas_and_empty_cells_where_nothing_arrived() {
        PledgesExport export = new PledgesExport(TRANSLATIONS, Translations.DUTCH);
        byte[] bytes = export.csv(pledges());

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).isEqualTo(export.csvText(pledges()));
        assertThat(export.csvText(pledges())).isEqualTo(String.join("\r\n",
                "Kenmerk;Project;Jaar;Soort;Status;Bedrag;Ontvangen op;Ontvangen bedrag;Verschil",
                "GF-2027-0001;\"Keuken; \"\"samen\"\" koken\";2027;Geld;Ontvangen;6000,00;2027-03-01;5500,50;-499,50",
                "GF-2027-0002;\"'=HYPERLINK(\"\"x\"\")\";2028;In natura;Toegezegd;1250,25;;;",
                ""));
    }

    @Test
    void english_csv_has_commas_and_decimal_points() {
        String csv = new PledgesExport(TRANSLATIONS, Translations.ENGLISH).csvText(pledges());

        assertThat(csv.lines().toList()).first().asString()
                .isEqualTo("Reference,Project,Year,Kind,Status,Amount,Received on,Amount received,Difference");
        assertThat(csv.lines().toList().get(1)).isEqualTo(
                "GF-2027-0001,\"Keuken; \"\"samen\"\" koken\",2027,Cash,Received,6000.00,2027-03-01,5500.50,-499.50");
    }

    @Test
    void xlsx_holds_the_same_table_with_amounts_as_numbers_in_a_euro_format() throws IOException {
        byte[] xlsx = new PledgesExport(TRANSLATIONS, Translations.DUTCH).xlsx(pledges());

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Toezeggingen");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Kenmerk", "Project", "Jaar", "Soort", "Status", "Bedrag", "Ontvangen op",
                    "Ontvangen bedrag", "Verschil");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2027);
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(6000.00);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(5500.50);
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(-499.50);
            assertThat(first.getCell(5).getCellStyle().getDataFormatString()).contains("€").contains("#,##0.00");
            Row second = sheet.getRow(2);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(second.getCell(1).getCellType()).as("a title stays text, never a formula").isEqualTo(CellType.STRING);
            assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(1250.25);
            assertThat(second.getCell(7)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void a_title_with_a_line_break_quotes_and_the_separator_reads_back_as_one_field() throws IOException {
        String title = "Keuken; \"samen\"\r\nkoken, fase 2";
        List<PledgeItem> pledges = List.of(new PledgeItem(1, 0, 10, "GF-2027-0001", title, "Bouwbedrijf", 2027,
                money("6000"), PledgeKind.CASH, null, null, PledgeStatus.PLEDGED, null, false, null, null, null, null));
        for (var locale : List.of(Translations.DUTCH, Translations.ENGLISH)) {
            String csv = new PledgesExport(TRANSLATIONS, locale).csvText(pledges);
            char separator = locale.equals(Translations.DUTCH) ? ';' : ',';
            try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(separator).get()
                    .parse(new java.io.StringReader(csv))) {
                var records = parser.getRecords();
                assertThat(records).hasSize(2);
                assertThat(records.get(1).get(1)).isEqualTo(title);
                assertThat(records.get(1).size()).isEqualTo(9);
            }
        }
    }

    @Test
    void file_name_is_in_the_user_s_language_with_the_date() {
        assertThat(new PledgesExport(TRANSLATIONS, Translations.DUTCH).fileName(LocalDate.of(2027, 3, 1), "csv"))
                .isEqualTo("toezeggingen-2027-03-01.csv");
        assertThat(new PledgesExport(TRANSLATIONS, Translations.ENGLISH).fileName(LocalDate.of(2027, 3, 1), "xlsx"))
                .isEqualTo("pledges-2027-03-01.xlsx");
    }
}
