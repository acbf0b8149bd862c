package nl.gemeenschapsfonds.fund;

import static nl.gemeenschapsfonds.base.export.Spreadsheets.*;

import nl.gemeenschapsfonds.base.i18n.Translations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The budget overview as a file, with the same table as on screen: per year the calls, a totals row
 * that also carries the fund's budget, reserved and unreserved. CSV is UTF-8 with a byte order mark;
 * in Dutch with {@code ;} between fields and a decimal comma (what Dutch Excel opens without an
 * import wizard), in English with {@code ,} and a decimal point. In XLSX every amount is a number
 * with a euro format, never text.
 */
public final class BudgetOverviewExport {

    private final Translations translations;
    private final Locale locale;
    private final boolean dutch;

    public BudgetOverviewExport(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = Translations.supported(locale);
        this.dutch = this.locale.equals(Translations.DUTCH);
    }

    /** The column headers, in the user's language. */
    public List<String> headers() {
        return List.of(
                translations.get(locale, "budget.column.year"),
                translations.get(locale, "budget.column.call"),
                translations.get(locale, "budget.column.ceiling"),
                translations.get(locale, "budget.column.committed"),
                translations.get(locale, "budget.column.paid"),
                translations.get(locale, "budget.column.available"),
                translations.get(locale, "budget.column.fundBudget"),
                translations.get(locale, "budget.column.reserved"),
                translations.get(locale, "budget.column.unreserved"));
    }

    /** The overview as CSV text (without the byte order mark), written by Commons CSV (RFC 4180, CRLF). */
    public String csvText(BudgetOverview overview) {
        StringBuilder csv = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(dutch))
                .setHeader(headers().toArray(String[]::new)).get();
        try (CSVPrinter printer = format.print(csv)) {
            for (BudgetOverviewYear year : overview.years()) {
                String yearText = String.valueOf(year.year());
                for (BudgetOverviewRow call : year.calls()) {
                    printer.printRecord(yearText, text(call.title(locale)), number(call.ceiling(), dutch),
                            number(call.committed(), dutch), number(call.paid(), dutch), number(call.available(), dutch), "", "", "");
                }
                printer.printRecord(yearText, translations.get(locale, "budget.total"),
                        number(year.totalCeiling(), dutch), number(year.totalCommitted(), dutch), number(year.totalPaid(), dutch),
                        number(year.totalAvailable(), dutch), number(year.budget(), dutch), number(year.reserved(), dutch),
                        number(year.unreserved(), dutch));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the budget overview as CSV", e);
        }
        return csv.toString();
    }

    /** The overview as a CSV file: UTF-8 with a byte order mark, so Excel reads é and € right. */
    public byte[] csv(BudgetOverview overview) {
        return (BOM + csvText(overview)).getBytes(StandardCharsets.UTF_8);
    }

    /** The overview as an XLSX workbook with one sheet, named after the fund. */
    public byte[] xlsx(BudgetOverview overview) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(overview.fundName()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            short moneyFormat = workbook.createDataFormat().getFormat(moneyFormat(dutch));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(moneyFormat);
            CellStyle totalText = workbook.createCellStyle();
            totalText.setFont(bold);
            totalText.setBorderTop(BorderStyle.THIN);
            CellStyle totalMoney = workbook.createCellStyle();
            totalMoney.setDataFormat(moneyFormat);
            totalMoney.setFont(bold);
            totalMoney.setBorderTop(BorderStyle.THIN);

            int rowIndex = 0;
            Row headerRow = sheet.createRow(rowIndex++);
            List<String> headers = headers();
            for (int column = 0; column < headers.size(); column++) {
                Cell cell = headerRow.createCell(column);
                cell.setCellValue(headers.get(column));
                cell.setCellStyle(header);
            }
            for (BudgetOverviewYear year : overview.years()) {
                for (BudgetOverviewRow call : year.calls()) {
                    Row row = sheet.createRow(rowIndex++);
                    row.createCell(0).setCellValue(year.year());
                    row.createCell(1).setCellValue(call.title(locale));
                    amounts(row, 2, money, call.ceiling(), call.committed(), call.paid(), call.available());
                }
                Row total = sheet.createRow(rowIndex++);
                Cell yearCell = total.createCell(0);
                yearCell.setCellValue(year.year());
                yearCell.setCellStyle(totalText);
                Cell label = total.createCell(1);
                label.setCellValue(translations.get(locale, "budget.total"));
                label.setCellStyle(totalText);
                amounts(total, 2, totalMoney, year.totalCeiling(), year.totalCommitted(), year.totalPaid(),
                        year.totalAvailable(), year.budget(), year.reserved(), year.unreserved());
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            for (int column = 2; column < headers.size(); column++) {
                sheet.setColumnWidth(column, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the budget overview as XLSX", e);
        }
    }

    private static void amounts(Row row, int firstColumn, CellStyle style, BigDecimal... amounts) {
        for (int i = 0; i < amounts.length; i++) {
            amount(row, firstColumn + i, style, amounts[i]);
        }
    }

    /** {@code budget-<fund>-<date>.<extension>}, e.g. {@code budget-gemeenschapsfonds-zwolle-2027-03-01.csv}. */
    public static String fileName(BudgetOverview overview, LocalDate date, String extension) {
        String slug = Normalizer.normalize(overview.fundName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "budget-" + (slug.isEmpty() ? String.valueOf(overview.fundId()) : slug) + "-" + date + "." + extension;
    }

}
