package nl.gemeenschapsfonds.submission;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Apache Tika tells the type from the bytes alone. */
class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    @Test
    void each_allowed_type_is_recognised_from_its_content() {
        assertThat(sniffer.detect(TestFiles.pdf("x"))).isEqualTo(AttachmentType.PDF.mediaType());
        assertThat(sniffer.detect(TestFiles.docx())).isEqualTo(AttachmentType.DOCX.mediaType());
        assertThat(sniffer.detect(TestFiles.xlsx())).isEqualTo(AttachmentType.XLSX.mediaType());
        assertThat(sniffer.detect(TestFiles.jpeg())).isEqualTo(AttachmentType.JPEG.mediaType());
        assertThat(sniffer.detect(TestFiles.png())).isEqualTo(AttachmentType.PNG.mediaType());
    }

    @Test
    void an_executable_and_other_files_are_none_of_the_allowed_types() {
        assertThat(sniffer.detect(TestFiles.exe())).isEqualTo("application/x-msdownload");
        assertThat(AttachmentType.ofMediaType(sniffer.detect("<html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(AttachmentType.ofMediaType(sniffer.detect("gewoon tekst".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }
}
