package nl.gemeenschapsfonds.base.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What every CSV and XLSX download shares: a CSV that Dutch Excel opens as it should (byte order
 * mark, {@code ;} and a decimal comma in Dutch; {@code ,} and a decimal point in English), texts
 * guarded against formula injection, and amounts as numeric cells in a euro format.
 */
public final class Spreadsheets {

    public static final String CSV_CONTENT_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Lets Excel read the CSV as UTF-8. */
    public static final String BOM = "\uFEFF";
    public static final String LINE = "\r\n";

    private Spreadsheets() {
    }

    public static char separator(boolean dutch) {
        return dutch ? ';' : ',';
    }

    /** A plain number without grouping, with the decimal separator of the language: {@code 1200000,00}; empty for none. */
    public static String number(BigDecimal amount, boolean dutch) {
        if (amount == null) {
            return "";
        }
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return dutch ? plain.replace('.', ',') : plain;
    }

    /** A text field that a spreadsheet could take for a formula gets a leading apostrophe (CSV injection). */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /**
     * The CSV dialect of every download (Commons CSV): RFC 4180 with CRLF line ends and the language's separator; a
     * field with the separator, a quote or a line break is quoted. Write the {@link #BOM} first.
     */
    public static CSVFormat csvFormat(boolean dutch) {
        return CSVFormat.RFC4180.builder().setDelimiter(separator(dutch)).setRecordSeparator(LINE).get();
    }

    /** One CSV line in the dialect of {@link #csvFormat}; for exports that build their file in a StringBuilder. */
    public static void appendLine(StringBuilder csv, char separator, List<String> fields) {
        try {
            CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator(LINE).get()
                    .printRecord(csv, fields.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
    }

    /** The XLSX number format for euros as the language writes them. */
    public static String moneyFormat(boolean dutch) {
        return dutch ? "\"€ \"#,##0.00;\"€ \"-#,##0.00" : "\"€\"#,##0.00;-\"€\"#,##0.00";
    }

    /** An amount as a numeric cell (never text), rounded to cents; no cell for none. */
    public static void amount(Row row, int column, CellStyle style, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.setScale(2, RoundingMode.HALF_UP).doubleValue());
        cell.setCellStyle(style);
    }
}
