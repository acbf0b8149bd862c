package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.audit.AuditTrail;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Key;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.payment.StatementPreview.Outcome;
import nl.gemeenschapsfonds.payment.StatementPreview.Row;
import nl.gemeenschapsfonds.scan.UploadGuard;
import nl.gemeenschapsfonds.security.CurrentUser;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finance imports the bank's statement (CSV, or ISO 20022 camt.053 as XML; the format from the content or
 * finance's choice) to book the payments the bank has made: a preview
 * first, then the confirmation, which marks the matched payments PAID on the bank's booking date and
 * books their pay movements in the ledger, in one transaction. A debit line matches a payment of the
 * user's authority when its end-to-end id is the payment reference and the amount and the
 * counterparty's IBAN agree; a payment of another authority is never matched (its line is unknown).
 * Importing the same statement again pays nothing twice: those lines are "already paid".
 */
@Service
public class BankStatements {

    /** Larger than any month's statement of a fund's payment account. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv");
    private static final Set<String> XML_TYPES = Set.of("application/xml", "text/xml");

    private final JdbcClient jdbc;
    private final PaymentBookings bookings;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Detector detector = new DefaultDetector();

    private final UploadGuard guard;

    BankStatements(JdbcClient jdbc, PaymentBookings bookings, AuditTrail audit, CurrentUser currentUser, Clock clock,
                   UploadGuard guard) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** An uploaded statement file: its name as the user gave it, its bytes and the format finance chose. */
    public record StatementFile(String fileName, byte[] content, StatementFormat format) {

        public StatementFile {
            format = format == null ? StatementFormat.AUTO : format;
        }

        /** A file whose format is read from its content. */
        public StatementFile(String fileName, byte[] content) {
            this(fileName, content, StatementFormat.AUTO);
        }

        /** The format to read: finance's choice, else camt.053 when the content is XML, else CSV. */
        public StatementFormat resolved() {
            return format != StatementFormat.AUTO ? format
                    : BankStatementCamt.looksLikeXml(content) ? StatementFormat.CAMT053 : StatementFormat.CSV;
        }
    }

    /**
     * Reads an upload, at most {@link #MAX_BYTES}: refused ({@code statement.file.tooBig}) when it is
     * larger, without reading the rest.
     */
    @PreAuthorize("hasRole('FINANCE')")
    public StatementFile read(String fileName, InputStream content) {
        return read(fileName, content, StatementFormat.AUTO);
    }

    /** As {@link #read(String, InputStream)}, in the format finance chose ({@code AUTO}: from the content). */
    @PreAuthorize("hasRole('FINANCE')")
    public StatementFile read(String fileName, InputStream content, StatementFormat format) {
        try {
            byte[] bytes = content.readNBytes(MAX_BYTES + 1); // never more than the limit + 1 byte
            StatementFile file = new StatementFile(fileName, bytes, format);
            check(file);
            guard.requireSafe(bytes, "file", fileName, "BankStatement", fileName == null ? "-" : fileName);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the statement would do, changing nothing: every line with its outcome.
     *
     * @throws InvalidInputException (field {@code file}) when the file is not a statement at all: too big, not a
     *                               CSV text without a usable header, or not a camt.053 document valid against its
     *                               schema. Lines that cannot be read are rows NOT_MATCHED with their reasons.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FINANCE')")
    public StatementPreview preview(StatementFile file) {
        List<StatementLine> lines = parse(file);
        return match(file.fileName(), lines, instructions(lines, false));
    }

    /**
     * Books the statement: the matched payments become PAID on their booking date with their pay
     * movements, batches whose payments are all paid become PAID, and the import is in the audit
     * trail. The lines are matched again here, under lock, so what is booked is what the database
     * holds now; answers that outcome (its MATCHED rows are the payments booked, possibly none).
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public StatementPreview confirm(StatementFile file) {
        List<StatementLine> lines = parse(file);
        Map<String, Instruction> instructions = instructions(lines, true);
        StatementPreview outcome = match(file.fileName(), lines, instructions);
        Map<Long, LocalDate> paid = new LinkedHashMap<>();
        for (Row row : outcome.rows(Outcome.MATCHED)) {
            paid.put(instructions.get(row.paymentReference()).id(), row.line().bookingDate());
        }
        String hash = sha256(file.content());
        bookings.payFromStatement(paid, abbreviate(file.fileName()) + " (" + hash.substring(0, 12) + ")");
        // the audit's object id holds 60 characters: the first half of the SHA-256, the whole one in the text
        audit.record("BANK_STATEMENT_IMPORTED", "BankStatement", hash.substring(0, 32), null,
                "sha256 " + hash + " (%s): %d paid (%s), %d mismatched, %d already paid, %d unknown, %d credit, %d not matched".formatted(
                        file.resolved(), outcome.count(Outcome.MATCHED), outcome.matchedTotal().toPlainString(),
                        outcome.count(Outcome.MISMATCHED), outcome.count(Outcome.ALREADY_PAID),
                        outcome.count(Outcome.UNKNOWN), outcome.count(Outcome.CREDIT), outcome.count(Outcome.NOT_MATCHED)),
                abbreviate(file.fileName()));
        return outcome;
    }

    private List<StatementLine> parse(StatementFile file) {
        check(file);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        return file.resolved() == StatementFormat.CAMT053 ? new BankStatementCamt(today).read(file.content())
                : new BankStatementCsv(today).read(file.content());
    }

    private void check(StatementFile file) {
        if (file.content().length > MAX_BYTES) {
            throw new InvalidInputException("file", "statement.file.tooBig", (MAX_BYTES / 1024 / 1024) + " MB");
        }
        boolean camt = file.resolved() == StatementFormat.CAMT053;
        String refused = camt ? "statement.file.notCamt" : "statement.file.type";
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (camt ? !name.endsWith(".xml") : !name.endsWith(".csv") && !name.endsWith(".txt")) {
            throw new InvalidInputException("file", refused);
        }
        if (file.content().length == 0) {
            throw new InvalidInputException("file", "statement.file.empty");
        }
        try (TikaInputStream stream = TikaInputStream.get(file.content())) {
            String type = detector.detect(stream, new Metadata()).getBaseType().toString();
            if (!(camt ? XML_TYPES : TEXT_TYPES).contains(type)) {
                throw new InvalidInputException("file", refused);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payments of the user's authority that the statement's lines name, by reference; locked when booking. */
    private Map<String, Instruction> instructions(List<StatementLine> lines, boolean lock) {
        Set<String> references = new TreeSet<>();
        lines.forEach(line -> {
            if (line.endToEndId() != null && line.readable()) {
                references.add(line.endToEndId().toUpperCase(Locale.ROOT));
            }
        });
        if (references.isEmpty()) {
            return Map.of();
        }
        Map<String, Instruction> found = new HashMap<>();
        jdbc.sql("""
                        select i.id, i.reference, i.amount, i.iban, i.status, i.batch_id, i.paid_on, b.execution_date
                        from payment_instruction i left join payment_batch b on b.id = i.batch_id
                        where i.authority_id = :authority and i.reference in (:references) order by i.id"""
                        + (lock ? " for update of i" : ""))
                .param("authority", currentUser.require().requireAuthority())
                .param("references", references)
                .query((rs, row) -> new Instruction(rs.getLong("id"), rs.getString("reference"), rs.getBigDecimal("amount"),
                        rs.getString("iban"), PaymentStatus.valueOf(rs.getString("status")), (Long) rs.getObject("batch_id"),
                        rs.getDate("paid_on") == null ? null : rs.getDate("paid_on").toLocalDate(),
                        rs.getDate("execution_date") == null ? null : rs.getDate("execution_date").toLocalDate()))
                .list()
                .forEach(instruction -> found.put(instruction.reference(), instruction));
        return found;
    }

    private static StatementPreview match(String fileName, List<StatementLine> lines, Map<String, Instruction> instructions) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        // money that came back with one of our references (a closed account, a wrong name): that payment did not arrive
        Map<String, Integer> returnedOn = new HashMap<>();
        for (StatementLine line : lines) {
            if (line.readable() && !line.isDebit() && line.endToEndId() != null) {
                returnedOn.putIfAbsent(line.endToEndId().toUpperCase(Locale.ROOT), line.lineNumber());
            }
        }
        for (StatementLine line : lines) {
            String id = line.endToEndId() == null ? null : line.endToEndId().toUpperCase(Locale.ROOT);
            Instruction payment = id == null ? null : instructions.get(id);
            if (!line.readable()) {
                // one bad line does not refuse the statement: it is shown with its reasons and never booked
                rows.add(new Row(line, Outcome.NOT_MATCHED, null, line.problems()));
            } else if (!line.isDebit()) {
                List<Problem> reasons = new ArrayList<>();
                if (payment != null) {
                    reasons.add(new Problem("line", "statement.reason.creditWithReference", payment.reference()));
                }
                if (line.returnReason() != null) {
                    reasons.add(new Problem("line", "statement.reason.bankReturn", line.returnReason()));
                }
                rows.add(new Row(line, Outcome.CREDIT, null, reasons));
            } else if (payment == null) {
                rows.add(new Row(line, Outcome.UNKNOWN, null, List.of(id == null
                        ? new Problem("line", "statement.reason.noReference")
                        : new Problem("line", "statement.reason.notOurs", line.endToEndId()))));
            } else if (returnedOn.containsKey(payment.reference())) {
                rows.add(new Row(line, Outcome.MISMATCHED, payment.reference(), List.of(new Problem("line",
                        "statement.reason.returned", String.valueOf(returnedOn.get(payment.reference()))))));
            } else if (firstLine.containsKey(payment.reference())) {
                rows.add(new Row(line, Outcome.MISMATCHED, payment.reference(), List.of(new Problem("line",
                        "statement.reason.twice", String.valueOf(firstLine.get(payment.reference()))))));
            } else {
                firstLine.put(payment.reference(), line.lineNumber());
                rows.add(matchDebit(line, payment));
            }
        }
        return new StatementPreview(fileName, rows);
    }

    private static Row matchDebit(StatementLine line, Instruction payment) {
        if (payment.status() == PaymentStatus.PAID) {
            return new Row(line, Outcome.ALREADY_PAID, payment.reference(),
                    List.of(new Problem("line", "statement.reason.paidBefore", payment.paidOn())));
        }
        List<Problem> reasons = new ArrayList<>();
        if (payment.status() != PaymentStatus.APPROVED || payment.batchId() == null) {
            reasons.add(new Problem("line", "statement.reason.notExported", new Key("payment.status." + payment.status())));
        }
        BigDecimal paid = line.amount().negate();
        if (paid.compareTo(payment.amount()) != 0) {
            reasons.add(new Problem("line", "statement.reason.amount", paid, payment.amount()));
        }
        if (!java.util.Objects.equals(payment.iban(), line.counterpartyIban())) {
            reasons.add(new Problem("line", "statement.reason.iban",
                    line.counterpartyIban() == null ? "-" : line.counterpartyIban(), payment.iban() == null ? "-" : payment.iban()));
        }
        // never booked before the batch's execution date (PaymentDatesPolicy; the database checks it too)
        if (payment.executedOn() != null && line.bookingDate().isBefore(payment.executedOn())) {
            reasons.add(new Problem("line", "statement.reason.beforeExecution", line.bookingDate(),
                    payment.executedOn()));
        }
        return new Row(line, reasons.isEmpty() ? Outcome.MATCHED : Outcome.MISMATCHED, payment.reference(), reasons);
    }

    private static String abbreviate(String fileName) {
        String name = fileName == null ? "" : fileName;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Instruction(long id, String reference, BigDecimal amount, String iban, PaymentStatus status,
                               Long batchId, LocalDate paidOn, LocalDate executedOn) {
    }
}
