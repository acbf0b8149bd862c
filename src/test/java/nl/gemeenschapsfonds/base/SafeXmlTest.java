package nl.gemeenschapsfonds.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeXmlTest {

    @TempDir
    Path dir;

    private String withExternalEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "geheim-wachtwoord");
        return "<?xml version=\"1.0\"?><!DOCTYPE letter [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>"
                + "<letter>&secret;</letter>";
    }

    @Test
    void an_external_entity_is_not_read_by_the_parser_for_own_xml() throws Exception {
        Document document = SafeXml.parser().parse(new InputSource(new StringReader(withExternalEntity())));

        assertThat(document.getDocumentElement().getTextContent()).doesNotContain("geheim");
    }

    @Test
    void a_file_from_outside_with_a_doctype_is_refused() throws Exception {
        String xml = withExternalEntity();

        assertThatThrownBy(() -> SafeXml.parserRefusingDoctype().parse(new InputSource(new StringReader(xml))))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void an_entity_bomb_is_refused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><b>&b;</b>";

        assertThatThrownBy(() -> SafeXml.parserRefusingDoctype().parse(new InputSource(new StringReader(bomb))))
                .isInstanceOf(SAXParseException.class);
    }

    @Test
    void ordinary_xml_is_read_with_its_namespaces() throws Exception {
        Document document = SafeXml.parserRefusingDoctype().parse(new InputSource(new StringReader(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><Amt>12.50</Amt></Document>")));

        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:camt.053.001.02");
        assertThat(document.getDocumentElement().getTextContent()).isEqualTo("12.50");
    }
}
