package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bank statement exported as CSV by a Dutch bank (the layout is in
 * docs/bank-statement-import.md). The first line names the columns; they are found by name, in any
 * order, and other columns are ignored, so the Rabobank export and an ING export with an "Af Bij"
 * column are read as they come. Separator ';' or ',' (from the header), amounts with a decimal comma
 * or point. A line that cannot be read (or whose counterparty is a BBAN or card number, not an IBAN) is kept with
 * its problems, so the preview shows it as "not matched, reason …" and the rest is booked (issue 22); only a file
 * that is not a statement at all (empty, no usable header, too many lines) is refused. Parsed with Commons CSV
 * (RFC 4180), so a quoted field may hold the separator, doubled quotes and line breaks.
 */
final class BankStatementCsv {

    static final int MAX_LINES = 10_000;

    /** A SEPA end-to-end id that the debtor did not fill in. */
    private static final String NOT_PROVIDED = "NOTPROVIDED";
    /** A payment reference in a description: {@code GF-2026-000123-1}, or {@code GF-2026-000123-V} (a later year's part {@code -V2}…) for a final payment. */
    private static final Pattern REFERENCE = Pattern.compile("\\bGF-\\d{4}-\\d{6}-(\\d{1,3}|V\\d?)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern AMOUNT_DECIMAL_COMMA = Pattern.compile("^[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+),\\d{2}$");
    private static final Pattern AMOUNT_DECIMAL_POINT = Pattern.compile("^[+-]?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d{2}$");
    private static final Pattern AMOUNT_WHOLE = Pattern.compile("^[+-]?\\d+$");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));

    /** The columns we read, each with the header names Dutch banks (and English exports) use for it. */
    enum Column {
        DATE(true, "Datum", "Boekdatum", "Date", "Booking date"),
        AMOUNT(true, "Bedrag", "Bedrag (EUR)", "Amount", "Amount (EUR)"),
        DEBIT_CREDIT(false, "Af Bij", "Af/Bij", "Debit/credit"),
        COUNTERPARTY_IBAN(true, "Tegenrekening IBAN/BBAN", "Tegenrekening", "Tegenrekening IBAN", "Counterparty IBAN",
                "Counterparty account"),
        COUNTERPARTY_NAME(false, "Naam tegenpartij", "Naam / Omschrijving", "Counterparty name"),
        END_TO_END_ID(false, "End-to-End ID", "EndToEndId", "End-to-end id"),
        DESCRIPTION(false, "Omschrijving", "Omschrijving-1", "Mededelingen", "Description");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    private final LocalDate today;

    BankStatementCsv(LocalDate today) {
        this.today = today;
    }

    /** The lines of the statement, in file order; a line's number is that of the line its record starts on. */
    List<StatementLine> read(byte[] content) {
        String text = decode(content);
        List<String> physical = text.lines().toList();
        int header = 0;
        while (header < physical.size() && physical.get(header).isBlank()) {
            header++;
        }
        if (header == physical.size()) {
            throw new InvalidInputException("file", "statement.file.empty");
        }
        if (physical.size() - header - 1 > MAX_LINES) {
            throw new InvalidInputException("file", "statement.file.tooManyLines", String.valueOf(MAX_LINES));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(physical.get(header)))
                .setIgnoreEmptyLines(true).setTrailingData(true).get();
        LineNumbers numbers = new LineNumbers(text);
        List<StatementLine> read = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> names = header(records);
            Map<Column, Integer> columns = columns(names);
            long consumed = parser.getCurrentLineNumber();
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    consumed = parser.getCurrentLineNumber();
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue;
                    }
                    int number = numbers.at(record.getCharacterPosition());
                    if (record.size() != names.size()) {
                        read.add(unreadable(number, new Problem("file", "statement.line.columns", String.valueOf(number),
                                String.valueOf(record.size()), String.valueOf(names.size()))));
                    } else {
                        read.add(line(number, record.toList(), columns));
                    }
                }
            } catch (UncheckedIOException | IllegalStateException quoteNotClosed) {
                // the parser cannot go on after a quote that is never closed: the line where that record starts is named
                int at = firstNonBlank(physical, consumed) + 1;
                read.add(unreadable(at, new Problem("file", "statement.line.quote", String.valueOf(at))));
            }
        } catch (IOException cannotHappenOnAString) {
            throw new UncheckedIOException(cannotHappenOnAString);
        }
        if (read.isEmpty()) {
            throw new InvalidInputException("file", "statement.file.noLines");
        }
        return read;
    }

    /** The column names: the first line that is not blank; none when its quotes do not close. */
    private static List<String> header(Iterator<CSVRecord> records) {
        try {
            CSVRecord first = records.next();
            while (first.size() == 1 && first.get(0).isBlank() && records.hasNext()) {
                first = records.next();
            }
            return first.toList();
        } catch (UncheckedIOException | IllegalStateException quoteNotClosed) {
            return List.of();
        }
    }

    private static int firstNonBlank(List<String> lines, long from) {
        int index = (int) from;
        while (index < lines.size() - 1 && lines.get(index).isBlank()) {
            index++;
        }
        return index;
    }

    /** The line number (from 1) of a character position in the text; a line break is \n, \r\n or \r. */
    private static final class LineNumbers {

        private final List<Long> starts = new ArrayList<>();

        private final String text;

        LineNumbers(String text) {
            this.text = text;
            starts.add(0L);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add((long) i + 1);
                }
            }
        }

        /** The line a record starts on: its position may be that of the empty lines the parser skipped before it. */
        int at(long position) {
            while (position < text.length() && (text.charAt((int) position) == '\n' || text.charAt((int) position) == '\r')) {
                position++;
            }
            int found = java.util.Collections.binarySearch(starts, position);
            return (found >= 0 ? found : -found - 2) + 1;
        }
    }

    private static StatementLine unreadable(int number, Problem problem) {
        return new StatementLine(number, null, null, null, "", null, null, List.of(problem));
    }

    /** The line as read; with its problems when a field cannot be read or the counterparty is no IBAN. */
    private StatementLine line(int number, List<String> fields, Map<Column, Integer> columns) {
        String at = String.valueOf(number);
        List<Problem> problems = new ArrayList<>();
        String dateText = field(fields, columns, Column.DATE);
        LocalDate date = date(dateText);
        if (date == null) {
            problems.add(new Problem("file", "statement.line.date", at, dateText));
        } else if (date.isAfter(today)) {
            problems.add(new Problem("file", "statement.line.dateInFuture", at, dateText));
        }
        String amountText = field(fields, columns, Column.AMOUNT);
        BigDecimal amount = amount(amountText);
        if (amount == null) {
            problems.add(new Problem("file", "statement.line.amount", at, amountText));
        } else if (amount.signum() == 0) {
            problems.add(new Problem("file", "statement.line.zero", at));
        } else if (columns.containsKey(Column.DEBIT_CREDIT)) {
            String direction = field(fields, columns, Column.DEBIT_CREDIT).toLowerCase(Locale.ROOT);
            if (amount.signum() < 0) {
                // with an Af Bij column the amount itself carries no sign
                problems.add(new Problem("file", "statement.line.amount", at, amountText));
            } else if (direction.equals("af") || direction.equals("debit") || direction.equals("d")) {
                amount = amount.negate();
            } else if (!(direction.equals("bij") || direction.equals("credit") || direction.equals("c"))) {
                problems.add(new Problem("file", "statement.line.direction", at, field(fields, columns, Column.DEBIT_CREDIT)));
            }
        }
        String ibanText = field(fields, columns, Column.COUNTERPARTY_IBAN);
        String iban = ibanText.isEmpty() ? null : Iban.compact(ibanText);
        if (iban != null && !Iban.isValid(iban)) {
            // some exports give a BBAN or a card number here: that line cannot be matched, the others can
            problems.add(new Problem("file", "statement.line.notIban", at, ibanText));
            iban = null;
        }
        String name = columns.containsKey(Column.COUNTERPARTY_NAME) ? field(fields, columns, Column.COUNTERPARTY_NAME) : "";
        return new StatementLine(number, date, amount, iban, name, endToEndId(fields, columns), null, problems);
    }

    /** The end-to-end id column; when empty or NOTPROVIDED, a payment reference in the description. */
    private static String endToEndId(List<String> fields, Map<Column, Integer> columns) {
        if (columns.containsKey(Column.END_TO_END_ID)) {
            String id = field(fields, columns, Column.END_TO_END_ID);
            if (!id.isEmpty() && !id.equalsIgnoreCase(NOT_PROVIDED)) {
                return id;
            }
        }
        if (columns.containsKey(Column.DESCRIPTION)) {
            return referenceIn(field(fields, columns, Column.DESCRIPTION));
        }
        return null;
    }

    /** The end-to-end id as the bank gave it; {@code null} when empty or NOTPROVIDED. */
    static String endToEndId(String id) {
        return id == null || id.isBlank() || id.strip().equalsIgnoreCase(NOT_PROVIDED) ? null : id.strip();
    }

    /** The first payment reference ({@code GF-2027-000001-1}) in a description, in capitals; else {@code null}. */
    static String referenceIn(String description) {
        Matcher reference = REFERENCE.matcher(description == null ? "" : description);
        return reference.find() ? reference.group().toUpperCase(Locale.ROOT) : null;
    }

    private static String field(List<String> fields, Map<Column, Integer> columns, Column column) {
        return fields.get(columns.get(column)).strip();
    }

    private static Map<Column, Integer> columns(List<String> names) {
        Map<Column, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = normalise(names.get(i));
            for (Column column : Column.values()) {
                if (!found.containsKey(column) && column.names.stream().anyMatch(n -> normalise(n).equals(name))) {
                    found.put(column, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !found.containsKey(column)) {
                missing.add(column.names.getFirst());
            }
        }
        if (!found.containsKey(Column.END_TO_END_ID) && !found.containsKey(Column.DESCRIPTION)) {
            missing.add(Column.END_TO_END_ID.names.getFirst() + " / " + Column.DESCRIPTION.names.getFirst());
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("file", "statement.file.header", String.join(", ", missing));
        }
        return found;
    }

    private static String normalise(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** ';' or ',', whichever the header line has more of outside quotes. */
    private static char separator(String header) {
        int semicolons = 0, commas = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas ? ';' : ',';
    }

    /** Euros with cents: -1.234,56 or -1234,56 (decimal comma), -1,234.56 or -1234.56, or whole euros; else {@code null}. */
    static BigDecimal amount(String text) {
        String value = text.strip();
        String plain;
        if (AMOUNT_DECIMAL_COMMA.matcher(value).matches()) {
            plain = value.replace(".", "").replace(',', '.');
        } else if (AMOUNT_DECIMAL_POINT.matcher(value).matches()) {
            plain = value.replace(",", "");
        } else if (AMOUNT_WHOLE.matcher(value).matches()) {
            plain = value;
        } else {
            return null;
        }
        BigDecimal amount = new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain).setScale(2);
        return amount.abs().compareTo(nl.gemeenschapsfonds.base.Amounts.MAX) > 0 ? null : amount;
    }

    static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException notThisOne) {
                // try the next format
            }
        }
        return null;
    }

    /** UTF-8 (with or without byte order mark); a file that is not UTF-8 is read as Windows-1252, as older exports are. */
    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, Charset.forName("windows-1252"));
        }
    }
}
