package nl.gemeenschapsfonds.submission;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names under which files are shown and downloaded: no paths, no hidden characters, a fitting extension. */
class AttachmentFileNameTest {

    @Test
    void a_path_in_the_name_is_stripped_unix_and_windows_alike() {
        assertThat(AttachmentFileName.of("../../etc/passwd.pdf", AttachmentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(AttachmentFileName.of("..\\..\\Windows\\win.ini.pdf", AttachmentType.PDF)).isEqualTo("win.ini.pdf");
        assertThat(AttachmentFileName.of("C:\\Users\\anna\\Documenten\\begroting.xlsx", AttachmentType.XLSX))
                .isEqualTo("begroting.xlsx");
        assertThat(AttachmentFileName.of("/", AttachmentType.PDF)).isEqualTo("bijlage.pdf");
        assertThat(AttachmentFileName.of("..", AttachmentType.PNG)).isEqualTo("bijlage.png");
    }

    @Test
    void control_characters_and_a_right_to_left_override_are_removed() {
        assertThat(AttachmentFileName.of("begroting\u0000\n\r\t.pdf", AttachmentType.PDF)).isEqualTo("begroting.pdf");
        // shown as "offerte_exe.pdf" with the override, but it is a PDF called "offerte_\u202Efdp.exe"
        assertThat(AttachmentFileName.of("offerte_\u202Efdp.exe", AttachmentType.PDF)).isEqualTo("offerte_fdp.exe.pdf");
    }

    @Test
    void the_extension_always_fits_the_type_found_in_the_bytes() {
        assertThat(AttachmentFileName.of("begroting.exe", AttachmentType.PDF)).isEqualTo("begroting.exe.pdf");
        assertThat(AttachmentFileName.of("statuten", AttachmentType.DOCX)).isEqualTo("statuten.docx");
        assertThat(AttachmentFileName.of("foto.JPEG", AttachmentType.JPEG)).isEqualTo("foto.JPEG");
        assertThat(AttachmentFileName.of("foto.png", AttachmentType.JPEG)).isEqualTo("foto.png.jpg");
    }

    @Test
    void dutch_letters_and_spaces_stay_and_windows_forbidden_characters_become_underscores() {
        assertThat(AttachmentFileName.of("  Begroting coöperatie 2027 — €.pdf ", AttachmentType.PDF))
                .isEqualTo("Begroting coöperatie 2027 — €.pdf");
        assertThat(AttachmentFileName.of("plan <v2>: \"definitief\"?.pdf", AttachmentType.PDF))
                .isEqualTo("plan _v2__ _definitief__.pdf");
    }

    @Test
    void a_long_name_is_cut_to_200_characters_keeping_its_extension() {
        String name = AttachmentFileName.of("é".repeat(300) + ".xlsx", AttachmentType.XLSX);

        assertThat(name.codePointCount(0, name.length())).isEqualTo(200);
        assertThat(name).endsWith("é.xlsx");
    }
}
