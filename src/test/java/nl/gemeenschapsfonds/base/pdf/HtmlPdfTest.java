package nl.gemeenschapsfonds.base.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PDFs from XHTML: Dutch letters and the euro sign survive, and what a user typed stays text. */
class HtmlPdfTest {

    private static String document(String userText) {
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="nl">
                <head><title>Ontvangstbevestiging</title></head>
                <body>
                  <h1>Ontvangstbevestiging</h1>
                  <p>Aanvrager: Dorpscoöperatie Welsum U.A., Coöperatie</p>
                  <p>Gevraagd bedrag: € 1.234,56 (één aanvraag, ideeën)</p>
                  <p>Toelichting: %s</p>
                </body>
                </html>
                """.formatted(Html.escape(userText));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void euro_amounts_and_dutch_letters_come_out_as_written() throws IOException {
        byte[] pdf = HtmlPdf.render(document("geen"));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("€ 1.234,56", "Coöperatie", "Dorpscoöperatie Welsum U.A.", "één aanvraag, ideeën");
    }

    @Test
    void markup_a_user_typed_is_printed_as_text_and_not_interpreted() throws IOException {
        String typed = "<script>alert('x')</script> & <b>vet</b> \"quotes\"";

        String text = text(HtmlPdf.render(document(typed)));

        assertThat(text).contains("<script>alert('x')</script> & <b>vet</b> \"quotes\"");
    }

    /** The fonts of the first page, each as its name with " (embedded)" when the PDF carries it. */
    private static List<String> fonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " (embedded)" : ""));
            }
            return fonts;
        }
    }

    @Test
    void the_shipped_font_is_embedded_so_no_server_font_is_needed() throws IOException {
        assertThat(fonts(HtmlPdf.render(document("x"))))
                .isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans").endsWith("(embedded)"));
    }

    @Test
    void a_letter_whose_style_names_sans_serif_prints_every_letter_of_a_name_in_the_embedded_font() throws IOException {
        // the letters' templates say "font-family: sans-serif"; openhtmltopdf's own sans-serif is the PDF's built-in
        // Helvetica, which is not embedded and printed '#' for Ł, Ş and ő ("#ód# #ahin")
        String letter = document("Łódź, Şahin, Erdős").replace("<head>", "<head><style>body { font-family: sans-serif; }</style>");

        byte[] pdf = HtmlPdf.render(letter);

        assertThat(text(pdf)).contains("Łódź, Şahin, Erdős", "Dorpscoöperatie", "€ 1.234,56");
        assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans").endsWith("(embedded)"));
    }

    @Test
    void documents_rendered_at_the_same_moment_each_carry_their_own_text_in_the_embedded_fonts() throws Exception {
        // as when several applicants submit at once: each request thread renders its receipt while the others do
        int threads = 8;
        int each = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> problems = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                problems.add(pool.submit(() -> {
                    start.await();
                    List<String> wrong = new ArrayList<>();
                    for (int n = 0; n < each; n++) {
                        String own = "Ëlf " + thread + "." + n; // the heading (bold) and the last line (regular)
                        byte[] pdf = HtmlPdf.render(document(own).replace("<h1>Ontvangstbevestiging</h1>", "<h1>" + own + "</h1>"));
                        String text = text(pdf);
                        if (!text.lines().toList().contains(own) || !text.contains("Toelichting: " + own)
                                || !text.contains("€ 1.234,56") || !text.contains("één aanvraag, ideeën")) {
                            wrong.add(own + " printed as: " + text);
                        }
                        List<String> fonts = fonts(pdf);
                        // a subset (a tag of six capitals and '+') of both the regular and the bold (the heading) font
                        if (fonts.size() != 2 || fonts.stream().noneMatch(font -> font.contains("Bold"))
                                || !fonts.stream().allMatch(font -> font.matches("[A-Z]{6}\\+DejaVuSans(-Bold)? \\(embedded\\)"))) {
                            wrong.add(own + " has the fonts " + fonts);
                        }
                    }
                    return wrong;
                }));
            }
            start.countDown();
            for (Future<List<String>> problem : problems) {
                assertThat(problem.get(2, TimeUnit.MINUTES)).isEmpty();
            }
        }
    }

    @Test
    void escaping_drops_characters_xml_forbids_so_no_input_breaks_the_document() throws IOException {
        assertThat(Html.escape("a\u0000b\u0007c\td")).isEqualTo("abc\td");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(text(HtmlPdf.render(document("bel\u0007 mij")))).contains("bel mij");
    }

    @Test
    void a_document_that_is_not_well_formed_is_refused() {
        assertThatThrownBy(() -> HtmlPdf.render("<html><body><p>open"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void files_on_the_server_are_never_read_into_a_pdf() throws IOException {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head>
                <link rel="stylesheet" href="file:///etc/hostname"/></head>
                <body><p>tekst</p><img src="file:///usr/share/fonts/truetype/dejavu/../../../../etc/passwd"/></body></html>""";

        assertThat(text(HtmlPdf.render(xhtml))).contains("tekst").doesNotContain("root:");
    }
}
