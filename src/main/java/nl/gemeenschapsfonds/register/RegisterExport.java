package nl.gemeenschapsfonds.register;

import nl.gemeenschapsfonds.base.export.Spreadsheets;
import nl.gemeenschapsfonds.base.i18n.Translations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The filtered register as CSV (commons-csv; {@code ;} and a decimal comma in Dutch, with a byte order mark so Excel
 * reads it right) and as XLSX (streamed, so 100,000 rows do not sit in memory as cells).
 */
@Service
public class RegisterExport {

    static final List<String> HEADER_KEYS = List.of("grantRegister.column.reference", "grantRegister.column.authority",
            "grantRegister.column.call", "grantRegister.column.organisation", "grantRegister.column.kvk", "grantRegister.column.municipality",
            "grantRegister.column.title", "grantRegister.column.facility", "grantRegister.column.grantedPerYear", "grantRegister.column.granted",
            "grantRegister.column.settled", "grantRegister.column.decisionDate", "grantRegister.column.status");

    private final GrantRegister register;
    private final Translations translations;

    RegisterExport(GrantRegister register, Translations translations) {
        this.register = register;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public byte[] csv(RegisterFilter filter, Locale requested) {
        Locale locale = Translations.supported(requested);
        boolean dutch = locale.equals(Translations.DUTCH);
        StringWriter out = new StringWriter();
        out.write(Spreadsheets.BOM);
        CSVFormat format = Spreadsheets.csvFormat(dutch).builder().setHeader(headers(locale).toArray(String[]::new)).get();
        try (CSVPrinter printer = format.print(out)) {
            register.each(filter, item -> {
                try {
                    printer.printRecord(List.of(item.reference(), Spreadsheets.text(item.authorityName()),
                            Spreadsheets.text(item.callTitle(locale)), Spreadsheets.text(item.organisationName()),
                            nullToEmpty(item.kvkNumber()), Spreadsheets.text(nullToEmpty(item.municipalityName())),
                            Spreadsheets.text(item.title()), facility(item, locale), perYear(item, dutch),
                            Spreadsheets.number(item.grantedTotal(), dutch), Spreadsheets.number(item.settledAmount(), dutch),
                            item.decisionDate().toString(), status(item, locale)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public byte[] xlsx(RegisterFilter filter, Locale requested) {
        Locale locale = Translations.supported(requested);
        boolean dutch = locale.equals(Translations.DUTCH);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(translations.get(locale, "grantRegister.sheet"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat(Spreadsheets.moneyFormat(dutch)));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(dutch ? "dd-mm-yyyy" : "yyyy-mm-dd"));
            List<String> headers = headers(locale);
            Row headerRow = sheet.createRow(0);
            for (int column = 0; column < headers.size(); column++) {
                Cell cell = headerRow.createCell(column);
                cell.setCellValue(headers.get(column));
                cell.setCellStyle(header);
            }
            int[] rowIndex = {1};
            register.each(filter, item -> {
                Row row = sheet.createRow(rowIndex[0]++);
                row.createCell(0).setCellValue(item.reference());
                row.createCell(1).setCellValue(item.authorityName());
                row.createCell(2).setCellValue(item.callTitle(locale));
                row.createCell(3).setCellValue(item.organisationName());
                row.createCell(4).setCellValue(nullToEmpty(item.kvkNumber()));
                row.createCell(5).setCellValue(nullToEmpty(item.municipalityName()));
                row.createCell(6).setCellValue(item.title());
                row.createCell(7).setCellValue(facility(item, locale));
                row.createCell(8).setCellValue(perYear(item, dutch));
                Spreadsheets.amount(row, 9, money, item.grantedTotal());
                Spreadsheets.amount(row, 10, money, item.settledAmount());
                Cell decided = row.createCell(11);
                decided.setCellValue(item.decisionDate());
                decided.setCellStyle(date);
                row.createCell(12).setCellValue(status(item, locale));
            });
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the register as XLSX", e);
        }
    }

    public List<String> headers(Locale locale) {
        List<String> headers = new ArrayList<>();
        HEADER_KEYS.forEach(key -> headers.add(translations.get(locale, key)));
        return headers;
    }

    private String facility(RegisterItem item, Locale locale) {
        return item.facilityType() == null ? "" : translations.get(locale, "facility." + item.facilityType().name());
    }

    private String status(RegisterItem item, Locale locale) {
        return translations.get(locale, "grantRegister.status." + item.status().name());
    }

    private static String perYear(RegisterItem item, boolean dutch) {
        return item.grantedPerYear().entrySet().stream()
                .map(e -> e.getKey() + ": " + Spreadsheets.number(e.getValue(), dutch))
                .collect(Collectors.joining(dutch ? "; " : "; "));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
