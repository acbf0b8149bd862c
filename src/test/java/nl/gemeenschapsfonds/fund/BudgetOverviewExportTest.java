package nl.gemeenschapsfonds.fund;

import nl.gemeenschapsfonds.base.i18n.Translations;
import org.apache.poi.ss.usermodel.Cell;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetOverviewExportTest {

    private static final Translations TRANSLATIONS = new Translations();

    /** The demo fund: two years, in 2027 two calls (one with a payment and a repayment netted), in 2028 one. */
    private static BudgetOverview overview() {
        return new BudgetOverview(7, "Gemeenschapsfonds Zwolle", List.of(
                new BudgetOverviewYear(2027, money("2000000"), money("1500000"), List.of(
                        new BudgetOverviewRow(1, "Ontmoetingsplekken 2027", "Meeting places 2027",
                                money("1200000"), money("40000"), money("0"), money("1160000")),
                        new BudgetOverviewRow(2, "Dorpswinkels; \"snel\"", "Village shops; \"fast\"",
                                money("300000"), money("125000.50"), money("60000.25"), money("174999.50")))),
                new BudgetOverviewYear(2028, money("1500000"), money("800000"), List.of(
                        new BudgetOverviewRow(1, "Ontmoetingsplekken 2027", "Meeting places 2027",
                                money("800000"), money("20000"), money("0"), money("780000"))))));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    @Test
    void dutch_csv_has_a_bom_semicolons_decimal_commas_and_a_totals_row_per_year() {
        BudgetOverviewExport export = new BudgetOverviewExport(TRANSLATIONS, Translations.DUTCH);
        byte[] bytes = export.csv(overview());

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).isEqualTo(export.csvText(overview()));
        assertThat(export.csvText(overview())).isEqualTo(String.join("\r\n",
                "Jaar;Regeling;Plafond;Verleend;Betaald;Beschikbaar;Budget fonds;Gereserveerd;Niet gereserveerd",
                "2027;Ontmoetingsplekken 2027;1200000,00;40000,00;0,00;1160000,00;;;",
                "2027;\"Dorpswinkels; \"\"snel\"\"\";300000,00;125000,50;60000,25;174999,50;;;",
                "2027;Totaal;1500000,00;165000,50;60000,25;1334999,50;2000000,00;1500000,00;500000,00",
                "2028;Ontmoetingsplekken 2027;800000,00;20000,00;0,00;780000,00;;;",
                "2028;Totaal;800000,00;20000,00;0,00;780000,00;1500000,00;800000,00;700000,00",
                ""));
    }

    @Test
    void english_csv_has_commas_decimal_points_and_english_titles_and_headers() {
        String csv = new BudgetOverviewExport(TRANSLATIONS, Translations.ENGLISH).csvText(overview());

        assertThat(csv.lines().toList()).containsExactly(
                "Year,Call,Ceiling,Committed,Paid,Available,Fund budget,Reserved,Unreserved",
                "2027,Meeting places 2027,1200000.00,40000.00,0.00,1160000.00,,,",
                "2027,\"Village shops; \"\"fast\"\"\",300000.00,125000.50,60000.25,174999.50,,,",
                "2027,Total,1500000.00,165000.50,60000.25,1334999.50,2000000.00,1500000.00,500000.00",
                "2028,Meeting places 2027,800000.00,20000.00,0.00,780000.00,,,",
                "2028,Total,800000.00,20000.00,0.00,780000.00,1500000.00,800000.00,700000.00");
    }

    @Test
    void a_call_title_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        BudgetOverview overview = new BudgetOverview(1, "F", List.of(new BudgetOverviewYear(2027, money("10"), money("10"),
                List.of(new BudgetOverviewRow(1, "=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", money("10"), money("0"),
                        money("0"), money("10"))))));

        String csv = new BudgetOverviewExport(TRANSLATIONS, Translations.DUTCH).csvText(overview);

        assertThat(csv.lines().toList().get(1)).startsWith("2027;\"'=HYPERLINK(\"\"x\"\")\";");
    }

    @Test
    void xlsx_holds_the_same_table_with_amounts_as_numbers_in_a_euro_format() throws IOException {
        BudgetOverview overview = overview();
        byte[] xlsx = new BudgetOverviewExport(TRANSLATIONS, Translations.DUTCH).xlsx(overview);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Gemeenschapsfonds Zwolle");
            assertThat(texts(sheet.getRow(0))).containsExactly("Jaar", "Regeling", "Plafond", "Verleend", "Betaald",
                    "Beschikbaar", "Budget fonds", "Gereserveerd", "Niet gereserveerd");

            int rowIndex = 1;
            for (BudgetOverviewYear year : overview.years()) {
                for (BudgetOverviewRow call : year.calls()) {
                    Row row = sheet.getRow(rowIndex++);
                    assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(year.year());
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(call.titleNl());
                    assertAmounts(row, call.ceiling(), call.committed(), call.paid(), call.available());
                }
                Row total = sheet.getRow(rowIndex++);
                assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Totaal");
                assertAmounts(total, year.totalCeiling(), year.totalCommitted(), year.totalPaid(), year.totalAvailable(),
                        year.budget(), year.reserved(), year.unreserved());
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(rowIndex - 1);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).contains("€").contains("#,##0.00");
        }
    }

    @Test
    void file_name_carries_the_fund_and_the_date_without_spaces_or_accents() {
        BudgetOverview overview = new BudgetOverview(3, "Fonds Café Één & Zo", List.of());

        assertThat(BudgetOverviewExport.fileName(overview, LocalDate.of(2027, 3, 1), "csv"))
                .isEqualTo("budget-fonds-cafe-een-zo-2027-03-01.csv");
        assertThat(BudgetOverviewExport.fileName(overview(), LocalDate.of(2027, 3, 1), "xlsx"))
                .isEqualTo("budget-gemeenschapsfonds-zwolle-2027-03-01.xlsx");
    }

    private static void assertAmounts(Row row, BigDecimal... amounts) {
        for (int i = 0; i < amounts.length; i++) {
            Cell cell = row.getCell(2 + i);
            assertThat(cell.getCellType()).as("column %d is a number", 2 + i).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2))
                    .as("column %d of row %d", 2 + i, row.getRowNum()).isEqualTo(amounts[i]);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
