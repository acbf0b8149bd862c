package nl.gemeenschapsfonds.payment;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Checks a generated pain.001 file against the official XSD and reads back its figures. */
public final class Pain001Xml {

    private static final Schema SCHEMA = schema();

    private Pain001Xml() {
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(Pain001Xml.class.getResource("/iso20022/pain.001.001.03.xsd"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws (with the schema's message) when the file is not valid pain.001.001.03. */
    public static void validate(byte[] file) throws Exception {
        SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
    }

    public static Document parse(byte[] file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    public static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS(Pain001.NAMESPACE, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** NbOfTxs and CtrlSum of the group header and of the payment information, and the transactions' count and sum. */
    public record Figures(int headerCount, BigDecimal headerSum, int infoCount, BigDecimal infoSum, int transactions,
                   BigDecimal transactionSum) {
    }

    public static Figures figures(byte[] file) throws Exception {
        Document document = parse(file);
        Element header = (Element) document.getElementsByTagNameNS(Pain001.NAMESPACE, "GrpHdr").item(0);
        Element info = (Element) document.getElementsByTagNameNS(Pain001.NAMESPACE, "PmtInf").item(0);
        List<String> amounts = texts(document, "InstdAmt");
        return new Figures(Integer.parseInt(child(header, "NbOfTxs")), new BigDecimal(child(header, "CtrlSum")),
                Integer.parseInt(child(info, "NbOfTxs")), new BigDecimal(child(info, "CtrlSum")),
                document.getElementsByTagNameNS(Pain001.NAMESPACE, "CdtTrfTxInf").getLength(),
                amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(Pain001.NAMESPACE, name).item(0).getTextContent();
    }
}
