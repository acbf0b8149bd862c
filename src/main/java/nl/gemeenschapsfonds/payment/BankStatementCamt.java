package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Amounts;
import nl.gemeenschapsfonds.base.Iban;
import nl.gemeenschapsfonds.base.InvalidInputException;
import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a bank statement in ISO 20022 camt.053 (versions 001.02 and 001.08, the ones Dutch banks deliver; the
 * structure of an entry is the same in both for what we read). The file is parsed with the JDK's XML parser with
 * every external access off (no DOCTYPE, no external entities, secure processing), then validated against the
 * camt.053 schema of its namespace (src/main/resources/iso20022, derived from the published ISO 20022 schemas, see
 * the README there); a file that is not XML, of another message or not valid against the schema is refused, because
 * it is not a statement. Then every transaction of every entry ({@code Ntry/NtryDtls/TxDtls}; an entry without
 * details is one transaction) becomes a {@link StatementLine} numbered by its position: the booking date, the amount
 * (negative for {@code DBIT}), the counterparty (the creditor for a debit, the debtor for a credit), the end-to-end id
 * (or a payment reference in the remittance information) and the return reason of a returned payment. An entry
 * that is not booked ({@code PDNG}, {@code INFO}), in another currency, or with a counterparty account that is not an
 * IBAN is kept with its problem, so it shows as "not matched" and the rest of the statement is booked.
 */
final class BankStatementCamt {

    static final String CAMT_053_001_02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
    static final String CAMT_053_001_08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
    private static final Map<String, String> SCHEMA_FILES = Map.of(
            CAMT_053_001_02, "/iso20022/camt.053.001.02.xsd",
            CAMT_053_001_08, "/iso20022/camt.053.001.08.xsd");
    private static final int MAX_SCHEMA_ERRORS = 5;
    private static final Map<String, Schema> SCHEMAS = loadSchemas();

    private final LocalDate today;

    BankStatementCamt(LocalDate today) {
        this.today = today;
    }

    /** Whether the content looks like XML (after a byte order mark and white space, it starts with '<'). */
    static boolean looksLikeXml(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }

    List<StatementLine> read(byte[] content) {
        Document document = parse(content);
        Element root = document.getDocumentElement();
        String namespace = root.getNamespaceURI();
        if (!"Document".equals(root.getLocalName()) || !SCHEMAS.containsKey(namespace)) {
            throw new InvalidInputException("file", "statement.camt.message", namespace == null ? "-" : namespace);
        }
        validate(content, SCHEMAS.get(namespace));
        List<StatementLine> lines = new ArrayList<>();
        for (Element statement : children(child(root, "BkToCstmrStmt"), "Stmt")) {
            for (Element entry : children(statement, "Ntry")) {
                entry(entry, lines);
            }
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("file", "statement.file.noLines");
        }
        return lines;
    }

    private void entry(Element entry, List<StatementLine> lines) {
        Element amount = child(entry, "Amt");
        String direction = text(entry, "CdtDbtInd");
        boolean reversal = "true".equals(text(entry, "RvslInd"));
        String status = text(entry, "Sts"); // 001.02: the code; 001.08: Sts/Cd (or Sts/Prtry), whose text is the same
        LocalDate booked = date(child(entry, "BookgDt"));
        String entryInfo = text(entry, "AddtlNtryInf");
        List<Element> transactions = new ArrayList<>();
        for (Element details : children(entry, "NtryDtls")) {
            transactions.addAll(children(details, "TxDtls"));
        }
        if (transactions.isEmpty()) {
            transactions.add(null);
        }
        boolean batch = transactions.size() > 1;
        for (Element transaction : transactions) {
            int number = lines.size() + 1;
            String at = String.valueOf(number);
            List<Problem> problems = new ArrayList<>();
            Element ownAmount = transaction == null ? null : first(child(transaction, "Amt"),
                    child(child(child(transaction, "AmtDtls"), "TxAmt"), "Amt"));
            Element used = batch ? ownAmount : amount;
            String ownDirection = transaction == null ? null : text(transaction, "CdtDbtInd");
            boolean debit = "DBIT".equals(ownDirection != null ? ownDirection : direction);
            BigDecimal value = null;
            if (used == null) {
                problems.add(new Problem("file", "statement.camt.batchAmount", at));
            } else {
                BigDecimal given = new BigDecimal(used.getTextContent().strip());
                if (!"EUR".equals(used.getAttribute("Ccy"))) {
                    problems.add(new Problem("file", "statement.camt.currency", at, used.getAttribute("Ccy")));
                }
                if (given.signum() == 0) {
                    problems.add(new Problem("file", "statement.line.zero", at));
                } else if (given.stripTrailingZeros().scale() > 2 || given.compareTo(Amounts.MAX) > 0) {
                    problems.add(new Problem("file", "statement.line.amount", at, given.toPlainString()));
                } else {
                    value = debit ? given.setScale(2).negate() : given.setScale(2);
                }
            }
            if (!"BOOK".equals(status)) {
                problems.add(new Problem("file", "statement.camt.notBooked", at, status));
            }
            if (booked == null) {
                problems.add(new Problem("file", "statement.camt.noDate", at));
            } else if (booked.isAfter(today)) {
                problems.add(new Problem("file", "statement.line.dateInFuture", at, booked.toString()));
            }
            if (reversal && debit) {
                // a reversal booked as a debit takes back money that came in: never one of our payments
                problems.add(new Problem("file", "statement.camt.reversedCredit", at));
            }
            Element parties = transaction == null ? null : child(transaction, "RltdPties");
            Element party = child(parties, debit ? "Cdtr" : "Dbtr");
            String name = first(text(party, "Nm"), text(child(party, "Pty"), "Nm"));
            Element accountId = child(child(parties, debit ? "CdtrAcct" : "DbtrAcct"), "Id");
            String iban = null;
            if (accountId != null) {
                String given = first(text(accountId, "IBAN"), text(child(accountId, "Othr"), "Id"));
                String compact = given == null ? null : Iban.compact(given);
                if (compact != null && Iban.isValid(compact)) {
                    iban = compact;
                } else if (given != null) {
                    // a BBAN or card number (some banks give those): this line cannot be matched, the others can
                    problems.add(new Problem("file", "statement.line.notIban", at, given));
                }
            }
            String endToEndId = transaction == null ? null
                    : BankStatementCsv.endToEndId(text(child(transaction, "Refs"), "EndToEndId"));
            if (endToEndId == null) {
                endToEndId = BankStatementCsv.referenceIn(String.join(" ", remittance(transaction), entryInfo == null ? "" : entryInfo));
            }
            Element returned = transaction == null ? null : child(child(transaction, "RtrInf"), "Rsn");
            String returnReason = returned == null ? (reversal ? "-" : null) : first(text(returned, "Cd"), text(returned, "Prtry"));
            lines.add(new StatementLine(number, booked, value, iban, name == null ? "" : name, endToEndId, returnReason,
                    problems));
        }
    }

    private static String remittance(Element transaction) {
        Element information = child(transaction, "RmtInf");
        String unstructured = children(information, "Ustrd").stream().map(Node::getTextContent).collect(Collectors.joining(" "));
        String additional = text(transaction, "AddtlTxInf");
        return unstructured + " " + (additional == null ? "" : additional);
    }

    private static LocalDate date(Element dateOrDateTime) {
        String value = first(text(dateOrDateTime, "Dt"), text(dateOrDateTime, "DtTm"));
        try {
            return value == null ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } catch (DateTimeParseException notADate) {
            return null; // the schema lets ISODate through only, so this does not happen
        }
    }

    private static Document parse(byte[] content) {
        try {
            // no DOCTYPE at all: no entities, internal or external (XXE, billion laughs)
            DocumentBuilder builder = SafeXml.parserRefusingDoctype();
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXException notXml) {
            throw new InvalidInputException("file", "statement.camt.notXml", position(notXml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validate(byte[] content, Schema schema) {
        List<Problem> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {
                }

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    problems.add(new Problem("file", "statement.camt.invalid", String.valueOf(exception.getLineNumber()),
                            exception.getMessage()));
                    if (problems.size() >= MAX_SCHEMA_ERRORS) {
                        throw exception;
                    }
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    error(exception);
                    throw exception;
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(content)));
        } catch (SAXException enough) {
            // the problems are collected
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Map<String, Schema> loadSchemas() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Map<String, Schema> schemas = new java.util.HashMap<>();
            for (Map.Entry<String, String> file : SCHEMA_FILES.entrySet()) {
                try (InputStream xsd = BankStatementCamt.class.getResourceAsStream(file.getValue())) {
                    schemas.put(file.getKey(), factory.newSchema(new StreamSource(xsd, file.getValue())));
                }
            }
            return Map.copyOf(schemas);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The camt.053 schemas cannot be loaded", e);
        }
    }

    private static String position(SAXException problem) {
        return problem instanceof SAXParseException at ? String.valueOf(at.getLineNumber()) : "-";
    }

    // ---- small DOM helpers: children by local name (the namespace is the document's) ----

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
