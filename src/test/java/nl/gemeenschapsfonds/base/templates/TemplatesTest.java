package nl.gemeenschapsfonds.base.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @Test
    void the_readers_language_is_chosen_and_the_plain_template_is_the_fallback() {
        Templates templates = new Templates("");

        assertThat(templates.render("test/greeting", Locale.of("nl"), Map.of("name", "Stichting Buurthuis")))
                .contains("Beste <span>Stichting Buurthuis</span>,");
        assertThat(templates.render("test/greeting", Locale.ENGLISH, Map.of("name", "Buurthuis")))
                .contains("Dear <span>Buurthuis</span>,");
    }

    @Test
    void what_a_user_typed_is_printed_as_text_never_as_markup() {
        Templates templates = new Templates("");

        assertThat(templates.render("test/greeting", Locale.ENGLISH, Map.of("name", "<b>Vereniging & Co</b>")))
                .contains("&lt;b&gt;Vereniging &amp; Co&lt;/b&gt;")
                .doesNotContain("<b>");
    }

    @Test
    void an_authority_overrides_the_wording_in_its_own_folder(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("test"));
        Files.writeString(folder.resolve("test/greeting_nl.html"),
                "<p xmlns:th=\"http://www.thymeleaf.org\">Geachte <span th:text=\"${name}\">naam</span>,</p>");
        Templates templates = new Templates(folder.toString());

        assertThat(templates.render("test/greeting", Locale.of("nl"), Map.of("name", "mevrouw Jansen")))
                .contains("Geachte <span>mevrouw Jansen</span>,");
        assertThat(templates.render("test/greeting", Locale.ENGLISH, Map.of("name", "Ms Jansen")))
                .as("what the authority did not override comes from the shipped templates")
                .contains("Dear <span>Ms Jansen</span>,");
    }

    @Test
    void a_plain_text_mail_body_keeps_ampersands_and_needs_no_root_element(@TempDir Path folder) throws Exception {
        Templates templates = new Templates("");

        assertThat(templates.renderText("test/mail", Locale.of("nl"), Map.of("name", "Vereniging & Co", "lines", java.util.List.of("a", "b"))))
                .isEqualTo("Beste Vereniging & Co,\n- a\n- b\n");
        assertThat(templates.renderText("test/mail", Locale.ENGLISH, Map.of("name", "Vereniging & Co", "lines", java.util.List.of("a"))))
                .isEqualTo("Dear Vereniging & Co,\n- a\n");

        Files.createDirectories(folder.resolve("test"));
        Files.writeString(folder.resolve("test/mail_nl.txt"), "Geachte [(${name})],\n");
        assertThat(new Templates(folder.toString()).renderText("test/mail", Locale.of("nl"), Map.of("name", "mevrouw Jansen", "lines", java.util.List.of())))
                .as("an authority overrides a mail body in its own folder").isEqualTo("Geachte mevrouw Jansen,\n");
    }
}
