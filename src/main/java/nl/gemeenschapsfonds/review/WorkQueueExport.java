package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The work queue as a file (issue 21.4): CSV through Commons CSV (UTF-8 with a byte-order mark, so a spreadsheet
 * reads é and €), XLSX through Apache POI's streaming workbook (a few rows in memory at a time). The same columns in
 * both, headed in the user's language; amounts and dates as values, not as formatted text, so they sort and add up.
 */
@Component
public class WorkQueueExport {

    public enum Format { CSV, XLSX }

    private record Column(String key, Function<WorkQueueItem, Object> value) {
    }

    private final Translations translations;

    WorkQueueExport(Translations translations) {
        this.translations = translations;
    }

    private List<Column> columns(Locale language) {
        return List.of(
                new Column("workQueue.reference", WorkQueueItem::reference),
                new Column("workQueue.titleColumn", WorkQueueItem::title),
                new Column("workQueue.organisation", WorkQueueItem::organisationName),
                new Column("workQueue.call", item -> item.callTitle(language)),
                new Column("workQueue.status", item -> translations.get(language, "status." + item.status())),
                new Column("workQueue.amount", WorkQueueItem::amountRequested),
                new Column("workQueueExport.submitted", item -> item.submittedAt() == null ? null
                        : LocalDate.ofInstant(item.submittedAt(), Formats.ZONE)),
                new Column("workQueue.due", WorkQueueItem::decisionDue));
    }

    byte[] write(List<WorkQueueItem> rows, Format format, Locale language) {
        return format == Format.CSV ? csv(rows, language) : xlsx(rows, language);
    }

    private byte[] csv(List<WorkQueueItem> rows, Locale language) {
        List<Column> columns = columns(language);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            writer.write('\ufeff');
            csv.printRecord(columns.stream().map(c -> translations.get(language, c.key())).toList());
            for (WorkQueueItem row : rows) {
                csv.printRecord(columns.stream().map(c -> c.value().apply(row)).map(v -> v == null ? "" : v.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private byte[] xlsx(List<WorkQueueItem> rows, Locale language) {
        List<Column> columns = columns(language);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(translations.get(language, "workQueue.title"));
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(translations.get(language, columns.get(c).key()));
            }
            int r = 1;
            for (WorkQueueItem item : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(item);
                    Cell cell = row.createCell(c);
                    switch (value) {
                        case null -> cell.setBlank();
                        case java.math.BigDecimal amount -> {
                            cell.setCellValue(amount.doubleValue());
                            cell.setCellStyle(money);
                        }
                        case LocalDate date -> {
                            cell.setCellValue(date);
                            cell.setCellStyle(dates);
                        }
                        default -> cell.setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
