package nl.gemeenschapsfonds.base;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * The one way this application sets up an XML parser, so that no file can make it read another file or a URL (XXE):
 * namespace-aware, secure processing on, no external entities, DTDs or schemas, no XInclude, entity references not
 * expanded, and every error thrown instead of printed to stderr. Files from outside (a bank statement) refuse a
 * DOCTYPE altogether, which also stops internal entity bombs ("billion laughs").
 */
public final class SafeXml {

    private static final ErrorHandler THROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private SafeXml() {
    }

    /** A parser for XML this application wrote itself (a letter's XHTML): a DOCTYPE is read but loads nothing. */
    public static DocumentBuilder parser() {
        return parser(false);
    }

    /** A parser for XML from outside (an uploaded file): a DOCTYPE is refused. */
    public static DocumentBuilder parserRefusingDoctype() {
        return parser(true);
    }

    private static DocumentBuilder parser(boolean refuseDoctype) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", refuseDoctype);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(THROW);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
