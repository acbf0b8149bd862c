package nl.gemeenschapsfonds.payment;

import nl.gemeenschapsfonds.base.Formats;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Writes a SEPA credit transfer initiation, ISO 20022 {@code pain.001.001.03}: one group header,
 * one payment information block for the debtor (the authority's account) and one
 * {@code CdtTrfTxInf} per payment. The counts and sums in the group header and the payment
 * information are computed here from the transactions, so they always add up. Texts are reduced
 * to the SEPA Latin character set (é becomes e) and cut to the lengths of the schema.
 */
final class Pain001 {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Pain001() {
    }

    /** The paying account of the authority. */
    record Debtor(String name, String iban, String bic) {
    }

    /** One credit transfer: end-to-end id (the payment reference), amount in euros, creditor, remittance text. */
    record Transaction(String endToEndId, BigDecimal amount, String creditorName, String creditorIban, String remittance) {

        Transaction {
            Objects.requireNonNull(endToEndId);
            if (amount == null || amount.signum() <= 0) {
                throw new IllegalArgumentException("A transfer needs a positive amount");
            }
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    record Message(String messageId, Instant createdAt, LocalDate executionDate, Debtor debtor,
                   List<Transaction> transactions) {

        Message {
            transactions = List.copyOf(transactions);
            if (transactions.isEmpty()) {
                throw new IllegalArgumentException("A batch needs at least one payment");
            }
        }

        BigDecimal controlSum() {
            return transactions.stream().map(Transaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    static byte[] write(Message message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");

            String count = String.valueOf(message.transactions().size());
            String sum = message.controlSum().toPlainString();
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", message.messageId());
            text(xml, "CreDtTm", DATE_TIME.format(message.createdAt().atZone(Formats.ZONE)));
            text(xml, "NbOfTxs", count);
            text(xml, "CtrlSum", sum);
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", sepa(message.debtor().name(), 70));
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            text(xml, "PmtInfId", message.messageId());
            text(xml, "PmtMtd", "TRF");
            text(xml, "BtchBookg", "true");
            text(xml, "NbOfTxs", count);
            text(xml, "CtrlSum", sum);
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            text(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            text(xml, "ReqdExctnDt", message.executionDate().toString());
            xml.writeStartElement("Dbtr");
            text(xml, "Nm", sepa(message.debtor().name(), 70));
            xml.writeEndElement();
            account(xml, "DbtrAcct", message.debtor().iban());
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            text(xml, "BIC", message.debtor().bic());
            xml.writeEndElement();
            xml.writeEndElement();
            text(xml, "ChrgBr", "SLEV");

            for (Transaction transaction : message.transactions()) {
                xml.writeStartElement("CdtTrfTxInf");
                xml.writeStartElement("PmtId");
                text(xml, "EndToEndId", transaction.endToEndId());
                xml.writeEndElement();
                xml.writeStartElement("Amt");
                xml.writeStartElement("InstdAmt");
                xml.writeAttribute("Ccy", "EUR");
                xml.writeCharacters(transaction.amount().toPlainString());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement("Cdtr");
                text(xml, "Nm", sepa(transaction.creditorName(), 70));
                xml.writeEndElement();
                account(xml, "CdtrAcct", transaction.creditorIban());
                xml.writeStartElement("RmtInf");
                text(xml, "Ustrd", sepa(transaction.remittance(), 140));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the pain.001 file", e);
        }
        return out.toByteArray();
    }

    /**
     * The SEPA character set: a-z A-Z 0-9 / - ? : ( ) . , ' + and space. Accents are dropped (é → e),
     * anything else becomes a space; the result is cut to {@code max} characters and never empty.
     */
    static String sepa(String text, int max) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder clean = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "/-?:().,'+ ".indexOf(c) >= 0;
            clean.append(allowed ? c : ' ');
        }
        String result = clean.toString().replaceAll("\\s+", " ").strip();
        if (result.isEmpty()) {
            result = "NOTPROVIDED";
        }
        return result.length() > max ? result.substring(0, max) : result;
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static String fileName(String messageId) {
        return "pain001-" + messageId + ".xml";
    }

    static String asText(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
