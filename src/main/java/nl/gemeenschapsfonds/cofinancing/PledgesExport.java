package nl.gemeenschapsfonds.cofinancing;

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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A funder's pledges as a file, the same columns as the table on their dashboard. Like the budget
 * overview: CSV in UTF-8 with a byte order mark, in Dutch with {@code ;} and a decimal comma, in
 * English with {@code ,} and a decimal point; in XLSX every amount is a number with a euro format.
 * Empty cells where nothing was received yet.
 */
public final class PledgesExport {

    private final Translations translations;
    private final Locale locale;
    private final boolean dutch;

    public PledgesExport(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = Translations.supported(locale);
        this.dutch = this.locale.equals(Translations.DUTCH);
    }

    public List<String> headers() {
        return List.of("reference", "project", "year", "kind", "status", "amount", "receivedOn", "receivedAmount",
                "difference").stream().map(key -> translations.get(locale, "funderDashboard.column." + key)).toList();
    }

    /** The pledges as CSV text (without the byte order mark), written by Commons CSV (RFC 4180, CRLF). */
    public String csvText(List<PledgeItem> pledges) {
        StringBuilder csv = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(dutch))
                .setHeader(headers().toArray(String[]::new)).get();
        try (CSVPrinter printer = format.print(csv)) {
            for (PledgeItem p : pledges) {
                printer.printRecord(text(p.reference()), text(p.projectTitle()), String.valueOf(p.year()),
                        translations.get(locale, "pledge.kind." + p.kind()), translations.get(locale, "pledge.status." + p.status()),
                        number(p.amount(), dutch), p.receivedOn() == null ? "" : p.receivedOn().toString(),
                        number(p.receivedAmount(), dutch), number(p.difference(), dutch));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the pledges as CSV", e);
        }
        return csv.toString();
    }

    public byte[] csv(List<PledgeItem> pledges) {
        return (BOM + csvText(pledges)).getBytes(StandardCharsets.UTF_8);
    }

    /** The pledges as an XLSX workbook with one sheet; dates are ISO text, amounts numbers. */
    public byte[] xlsx(List<PledgeItem> pledges) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(translations.get(locale, "funderDashboard.sheet"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat()
                    .getFormat(moneyFormat(dutch)));
            int rowIndex = 0;
            Row headerRow = sheet.createRow(rowIndex++);
            List<String> headers = headers();
            for (int column = 0; column < headers.size(); column++) {
                Cell cell = headerRow.createCell(column);
                cell.setCellValue(headers.get(column));
                cell.setCellStyle(header);
            }
            for (PledgeItem p : pledges) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(p.reference());
                row.createCell(1).setCellValue(p.projectTitle());
                row.createCell(2).setCellValue(p.year());
                row.createCell(3).setCellValue(translations.get(locale, "pledge.kind." + p.kind()));
                row.createCell(4).setCellValue(translations.get(locale, "pledge.status." + p.status()));
                amount(row, 5, money, p.amount());
                if (p.receivedOn() != null) {
                    row.createCell(6).setCellValue(p.receivedOn().toString());
                }
                amount(row, 7, money, p.receivedAmount());
                amount(row, 8, money, p.difference());
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(1, 40 * 256);
            for (int column = 5; column < headers.size(); column++) {
                sheet.setColumnWidth(column, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the pledges as XLSX", e);
        }
    }

    /** {@code toezeggingen-2027-03-01.csv} in Dutch, {@code pledges-2027-03-01.csv} in English. */
    public String fileName(LocalDate date, String extension) {
        return (dutch ? "toezeggingen-" : "pledges-") + date + "." + extension;
    }

}
