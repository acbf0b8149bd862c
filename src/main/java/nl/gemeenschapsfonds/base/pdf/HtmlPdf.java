package nl.gemeenschapsfonds.base.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import nl.gemeenschapsfonds.base.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Renders an XHTML document to PDF (openhtmltopdf on PDFBox). The DejaVu Sans font ships with the
 * application (src/main/resources/fonts, Bitstream Vera licence) and is embedded in every PDF, so
 * é, ë, ö and € print the same on every server, whatever fonts it has; it is the document's
 * default font unless the document's own CSS chooses another.
 * <p>
 * The document must be well-formed XHTML without external entities (write {@code &#160;}, not
 * {@code &nbsp;}); put user text in with {@link Html#escape}. External resources (files, URLs)
 * are never loaded, so a template cannot be made to read the server's files; {@code data:} URIs
 * (an embedded logo) are allowed.
 */
public final class HtmlPdf {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String DEFAULT_STYLE = "body { font-family: '" + FONT_FAMILY + "'; }";
    private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private HtmlPdf() {
    }

    /** The PDF for this XHTML document; an {@link IllegalArgumentException} when it is not well-formed. */
    public static byte[] render(String xhtml) {
        Document document = parse(xhtml);
        addDefaultStyle(document);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        for (ExternalResourceControlPriority priority : ExternalResourceControlPriority.values()) {
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"), priority);
        }
        builder.withW3cDocument(document, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** Parses without DTDs or external entities (no XXE), and without printing parse errors to stderr. */
    private static Document parse(String xhtml) {
        try {
            DocumentBuilder parser = SafeXml.parser();
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalArgumentException("Not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped font as the default, first in the head so the document's own CSS can still override it. */
    private static void addDefaultStyle(Document document) {
        Element root = document.getDocumentElement();
        String namespace = root.getNamespaceURI();
        Element head = null;
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "head".equals(element.getLocalName())) {
                head = element;
                break;
            }
        }
        if (head == null) {
            head = document.createElementNS(namespace, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        Element style = document.createElementNS(namespace, "style");
        style.setTextContent(DEFAULT_STYLE);
        head.insertBefore(style, head.getFirstChild());
    }

    private static byte[] font(String resource) {
        try (InputStream in = HtmlPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
