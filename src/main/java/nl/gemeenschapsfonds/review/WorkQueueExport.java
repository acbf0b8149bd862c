package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.fund.CallQuestion;
import nl.gemeenschapsfonds.submission.AnswerSheet;
import nl.gemeenschapsfonds.submission.ApplicationAnswers;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.function.Function;

/**
 * The work queue as a file (issue 21.4): CSV through Commons CSV (UTF-8 with a byte-order mark, so a spreadsheet
 * reads é and €), XLSX through Apache POI's streaming workbook (a few rows in memory at a time). The same columns in
 * both, headed in the user's language; amounts and dates as values, not as formatted text, so they sort and add up.
 * After the queue's own columns, one column per own question of the exported rows' calls (issue 21, ADR 0026), in the
 * call's order; a question an application's earlier answer hides stays empty.
 */
@Component
public class WorkQueueExport {

    public enum Format { CSV, XLSX }

    private record Column(String header, Function<WorkQueueItem, Object> value) {
    }

    private final Translations translations;
    private final ApplicationAnswers answers;

    WorkQueueExport(Translations translations, ApplicationAnswers answers) {
        this.translations = translations;
        this.answers = answers;
    }

    private List<Column> columns(List<WorkQueueItem> rows, Locale language) {
        List<Column> columns = new java.util.ArrayList<>(Stream.of(
                new Column("workQueue.reference", WorkQueueItem::reference),
                new Column("workQueue.titleColumn", WorkQueueItem::title),
                new Column("workQueue.organisation", WorkQueueItem::organisationName),
                new Column("workQueue.call", item -> item.callTitle(language)),
                new Column("workQueue.status", item -> translations.get(language, "status." + item.status())),
                new Column("workQueue.amount", WorkQueueItem::amountRequested),
                new Column("workQueueExport.submitted", item -> item.submittedAt() == null ? null
                        : LocalDate.ofInstant(item.submittedAt(), Formats.ZONE)),
                new Column("workQueue.due", WorkQueueItem::decisionDue))
                .map(c -> new Column(translations.get(language, c.header()), c.value())).toList());
        columns.addAll(questionColumns(rows, language));
        return columns;
    }

    /** A column per own question of the rows' calls (of the version each application answered), in the calls' order. */
    private List<Column> questionColumns(List<WorkQueueItem> rows, Locale language) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, AnswerSheet> sheets = answers.forStaff(rows.stream().map(WorkQueueItem::id).toList());
        AnswerSheet.Words words = new AnswerSheet.Words("", translations.get(language, "questions.answer.yes"),
                translations.get(language, "questions.answer.no"));
        Map<Long, String> callTitles = new HashMap<>();
        rows.forEach(row -> Optional.ofNullable(sheets.get(row.id()))
                .ifPresent(sheet -> callTitles.putIfAbsent(sheet.callId(), row.callTitle(language))));
        // per call and question key the label (the newest version's wins), in the order the questions come
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, CallQuestion> kinds = new HashMap<>();
        sheets.values().stream().sorted(Comparator.comparingLong(AnswerSheet::callId).thenComparing(AnswerSheet::version,
                Comparator.reverseOrder())).forEach(sheet -> sheet.questions().forEach(question -> {
                    String column = sheet.callId() + "/" + question.key();
                    headers.putIfAbsent(column, callTitles.size() > 1
                            ? callTitles.get(sheet.callId()) + ": " + question.label(language) : question.label(language));
                    kinds.putIfAbsent(column, question);
                }));
        Map<Long, Map<String, String>> shown = new HashMap<>();
        sheets.forEach((id, sheet) -> shown.put(id, sheet.shownByKey(language, words)));
        return headers.entrySet().stream().map(header -> {
            String column = header.getKey();
            String key = column.substring(column.indexOf('/') + 1);
            return new Column(header.getValue(), item -> {
                AnswerSheet sheet = sheets.get(item.id());
                if (sheet == null || !column.equals(sheet.callId() + "/" + key)) {
                    return null;
                }
                return value(kinds.get(column), sheet.answers().get(key), shown.get(item.id()).get(key));
            });
        }).toList();
    }

    /** Amounts, whole numbers and dates as values (they sort and add up in a spreadsheet); the rest as people read it. */
    private static Object value(CallQuestion question, String raw, String shown) {
        if (shown == null || shown.isEmpty()) {
            return null;
        }
        try {
            return switch (question.kind()) {
                case AMOUNT, WHOLE_NUMBER -> new java.math.BigDecimal(raw);
                case DATE -> LocalDate.parse(raw);
                default -> shown;
            };
        } catch (RuntimeException unreadable) {
            return shown;
        }
    }

    byte[] write(List<WorkQueueItem> rows, Format format, Locale language) {
        return format == Format.CSV ? csv(rows, language) : xlsx(rows, language);
    }

    private byte[] csv(List<WorkQueueItem> rows, Locale language) {
        List<Column> columns = columns(rows, language);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            writer.write('\ufeff');
            csv.printRecord(columns.stream().map(Column::header).map(WorkQueueExport::csvCell).toList());
            for (WorkQueueItem row : rows) {
                csv.printRecord(columns.stream().map(c -> c.value().apply(row)).map(WorkQueueExport::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A CSV cell: numbers and dates as they are; text that a spreadsheet would take for a formula (starting with =, +,
     * -, @, a tab or a carriage return: free-text answers, titles, names) behind a {@code '}, so it stays text.
     */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private byte[] xlsx(List<WorkQueueItem> rows, Locale language) {
        List<Column> columns = columns(rows, language);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(translations.get(language, "workQueue.title"));
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).header());
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
