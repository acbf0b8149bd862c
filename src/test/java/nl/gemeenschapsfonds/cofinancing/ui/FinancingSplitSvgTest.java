package nl.gemeenschapsfonds.cofinancing.ui;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The server-side SVG of the financing split: well-formed XML, parts as wide as their share, all text escaped. */
class FinancingSplitSvgTest {

    private static final List<FinancingSplitSvg.Part> PARTS = List.of(
            new FinancingSplitSvg.Part("Publiek", "#6b7280"),
            new FinancingSplitSvg.Part("Private financiers", "#1a73e8"),
            new FinancingSplitSvg.Part("Eigen middelen", "#2e7d32"));

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> parts(Document document) {
        NodeList rects = document.getElementsByTagName("rect");
        List<Element> parts = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if ("part".equals(rect.getAttribute("class"))) {
                parts.add(rect);
            }
        }
        return parts;
    }

    private static double width(Element rect) {
        return Double.parseDouble(rect.getAttribute("width"));
    }

    @Test
    void the_picture_is_well_formed_svg_with_each_part_as_wide_as_its_share() throws Exception {
        String svg = FinancingSplitSvg.render("Verdeling", "Uitleg", PARTS, List.of(
                new FinancingSplitSvg.Row("2027 · Ontmoetingsplekken", amounts("60000", "30000", "10000")),
                new FinancingSplitSvg.Row("2028 · Ontmoetingsplekken", amounts("1", "0", "2"))));
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");

        List<Element> parts = parts(document);
        assertThat(parts).hasSize(5); // a zero amount draws nothing
        double bar = FinancingSplitSvg.BAR_WIDTH;
        assertThat(width(parts.get(0))).isCloseTo(bar * 0.6, within(0.01));
        assertThat(width(parts.get(1))).isCloseTo(bar * 0.3, within(0.01));
        assertThat(width(parts.get(2))).isCloseTo(bar * 0.1, within(0.01));
        assertThat(width(parts.get(0)) + width(parts.get(1)) + width(parts.get(2))).isCloseTo(bar, within(0.01));
        // the parts of a bar follow each other without gaps or overlaps
        assertThat(Double.parseDouble(parts.get(1).getAttribute("x")))
                .isCloseTo(Double.parseDouble(parts.get(0).getAttribute("x")) + width(parts.get(0)), within(0.001));
        assertThat(width(parts.get(4)) / width(parts.get(3))).isCloseTo(2.0, within(0.01));
        assertThat(parts.get(1).getAttribute("fill")).isEqualTo("#1a73e8");
    }

    @Test
    void every_text_is_escaped() throws Exception {
        String evil = "<script>alert('x')</script> & \"quotes\"";
        String svg = FinancingSplitSvg.render(evil, evil, List.of(new FinancingSplitSvg.Part(evil, "#000000")),
                List.of(new FinancingSplitSvg.Row(evil, amounts("5"))));
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
        Document document = parse(svg);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(evil);
    }

    @Test
    void an_empty_row_draws_only_its_track_and_a_colour_must_be_a_colour() throws Exception {
        Document document = parse(FinancingSplitSvg.render("t", "d", PARTS,
                List.of(new FinancingSplitSvg.Row("leeg", amounts("0", "0", "0")))));
        assertThat(parts(document)).isEmpty();
        assertThatThrownBy(() -> new FinancingSplitSvg.Part("x", "red\" onload=\"alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> amounts(String... euros) {
        return Arrays.stream(euros).map(BigDecimal::new).toList();
    }
}
