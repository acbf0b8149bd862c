package nl.gemeenschapsfonds.base.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import nl.gemeenschapsfonds.base.SafeXml;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Renders an XHTML document to PDF (openhtmltopdf on PDFBox). The DejaVu Sans font ships with the
 * application (src/main/resources/fonts, Bitstream Vera licence) and is embedded in every PDF, so
 * é, ë, ö and € print the same on every server, whatever fonts it has; it is the document's
 * default font, and the font of CSS's {@code sans-serif}, which the letters' templates name. (Left to
 * openhtmltopdf, {@code sans-serif} is the PDF's built-in Helvetica: not embedded, and without Ł, Ş or ő,
 * which came out as '#' in a name.) Another family a template names ({@code serif}, {@code monospace}) is
 * a built-in font with the same gaps.
 * <p>
 * The document must be well-formed XHTML without external entities (write {@code &#160;}, not
 * {@code &nbsp;}); put user text in with {@link Html#escape}. External resources (files, URLs)
 * are never loaded, so a template cannot be made to read the server's files; {@code data:} URIs
 * (an embedded logo) are allowed.
 */
public final class HtmlPdf {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String DEFAULT_STYLE = "body { font-family: '" + FONT_FAMILY + "'; }";
    /** Our own name for the font, and openhtmltopdf's name for CSS's generic {@code sans-serif}. */
    private static final List<String> FAMILIES = List.of(FONT_FAMILY, "SansSerif");

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private HtmlPdf() {
    }

    /** The PDF for this XHTML document; an {@link IllegalArgumentException} when it is not well-formed. */
    public static byte[] render(String xhtml) {
        Document document = parse(xhtml);
        addDefaultStyle(document);
        ShippedFonts fonts = ShippedFonts.borrow();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument target = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(target);
            PDFontSupplier regular = fonts.embedIn(target, fonts.regular);
            PDFontSupplier bold = fonts.embedIn(target, fonts.bold);
            for (String family : FAMILIES) {
                builder.useFont(regular, family, 400, FontStyle.NORMAL, true);
                builder.useFont(bold, family, 700, FontStyle.NORMAL, true);
            }
            for (ExternalResourceControlPriority priority : ExternalResourceControlPriority.values()) {
                builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"), priority);
            }
            builder.withW3cDocument(document, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // only after a render that went well: a failed one might have stopped half-way through reading a font's table
        fonts.giveBack();
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

    /**
     * The shipped regular and bold font, parsed. Parsing DejaVu Sans (its character map, glyph names and metrics) was
     * half of a render's time when every document did it again (docs/performance.md, "Rendering a PDF"). A parsed
     * fontbox {@link TrueTypeFont} can be embedded in one document after another: PDFBox makes a new {@link PDType0Font}
     * for each document and subsets it from the font's bytes, and leaves the font open ({@code load} with a parsed font
     * does not close it). PDFBox does not promise that a font may be used by several documents at the same moment,
     * though (it reads tables lazily, through one stream position), so one pair serves one render at a time: a render
     * borrows a pair and gives it back. Renders at the same moment (several applicants submitting) each parse a pair of
     * their own the first time; at most {@link #KEPT} idle pairs are kept (8.9 MB each, parsed and used: measured), the
     * others are left to the garbage collector.
     */
    private static final class ShippedFonts {

        private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
        private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");
        private static final int KEPT = Math.max(2, Runtime.getRuntime().availableProcessors());
        private static final BlockingQueue<ShippedFonts> IDLE = new ArrayBlockingQueue<>(KEPT);

        private final TrueTypeFont regular;
        private final TrueTypeFont bold;

        private ShippedFonts() {
            regular = parse(REGULAR);
            bold = parse(BOLD);
        }

        static ShippedFonts borrow() {
            ShippedFonts idle = IDLE.poll();
            return idle != null ? idle : new ShippedFonts();
        }

        void giveBack() {
            IDLE.offer(this); // false when KEPT pairs are idle already: this one is dropped
        }

        /**
         * The font for openhtmltopdf, embedded (as a subset) in this document only when the document uses it, and
         * once however many family names it goes by.
         */
        PDFontSupplier embedIn(PDDocument document, TrueTypeFont font) {
            return new PDFontSupplier(null) {
                private PDFont embedded;

                @Override
                public PDFont supply() {
                    if (embedded == null) {
                        try {
                            embedded = PDType0Font.load(document, font, true);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return embedded;
                }
            };
        }

        private static TrueTypeFont parse(byte[] font) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(font));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
}
