package nl.gemeenschapsfonds.submission;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

import static org.assertj.core.api.Assertions.assertThat;

/** The Content-Disposition header: always a download, ASCII only, and the real name for browsers that read filename*. */
class AttachmentDownloadControllerTest {

    @Test
    void a_plain_name_is_given_as_it_is() {
        assertThat(AttachmentDownloadController.contentDisposition("begroting.pdf"))
                .isEqualTo("attachment; filename=\"begroting.pdf\"; filename*=UTF-8''begroting.pdf");
    }

    @Test
    void accents_are_dropped_from_the_fallback_and_kept_in_the_encoded_name() {
        String header = AttachmentDownloadController.contentDisposition("Coöperatie ë € 日本.xlsx");

        assertThat(header).startsWith("attachment; filename=\"Cooperatie e _ __.xlsx\"; filename*=UTF-8''");
        assertThat(header.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Coöperatie ë € 日本.xlsx");
    }

    @Test
    void quotes_and_separators_cannot_end_the_header_value_early() {
        String header = AttachmentDownloadController.contentDisposition("a\"; filename=evil.exe; x=\"\\.pdf");

        ContentDisposition parsed = ContentDisposition.parse(header);
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo("a\"; filename=evil.exe; x=\"\\.pdf");
    }
}
