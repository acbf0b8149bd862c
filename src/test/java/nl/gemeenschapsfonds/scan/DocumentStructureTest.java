package nl.gemeenschapsfonds.scan;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Archives opened with limits before anything parses them, PDF polyglots, and reading with a hard cap. */
class DocumentStructureTest {

    private final DocumentStructure limits = new DocumentStructure(10, 1024 * 1024, 100);

    @Test
    void a_small_ordinary_zip_passes() throws IOException {
        assertThat(limits.check(zip(3, 10_000, true))).isEqualTo(DocumentStructure.Problem.NONE);
    }

    @Test
    void a_zip_that_unpacks_more_than_a_hundred_times_its_size_is_not_a_valid_document() throws IOException {
        byte[] bomb = zip(1, 900_000, false); // zeros: ~1 kB packed, 900 kB unpacked
        assertThat(limits.check(bomb)).isEqualTo(DocumentStructure.Problem.NOT_A_VALID_DOCUMENT);
    }

    @Test
    void a_zip_above_the_total_uncompressed_size_is_not_a_valid_document_even_at_an_ordinary_ratio() throws IOException {
        byte[] large = zip(1, 2 * 1024 * 1024, true); // random: unpacks to about its own size, but 2 MB > 1 MB
        assertThat(limits.check(large)).isEqualTo(DocumentStructure.Problem.NOT_A_VALID_DOCUMENT);
    }

    @Test
    void a_zip_with_more_entries_than_allowed_is_not_a_valid_document() throws IOException {
        assertThat(limits.check(zip(11, 10, true))).isEqualTo(DocumentStructure.Problem.NOT_A_VALID_DOCUMENT);
    }

    @Test
    void a_broken_zip_is_not_a_valid_document() {
        byte[] broken = "PK\u0003\u0004 this is not really a zip file".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(limits.check(broken)).isEqualTo(DocumentStructure.Problem.NOT_A_VALID_DOCUMENT);
    }

    @Test
    void a_pdf_with_html_or_script_in_its_first_kilobytes_is_active_content_and_a_plain_one_is_not() {
        assertThat(limits.check("%PDF-1.7\n<SCRIPT>alert(1)</SCRIPT>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(DocumentStructure.Problem.ACTIVE_CONTENT);
        assertThat(limits.check("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(DocumentStructure.Problem.NONE);
        assertThat(limits.check("plain text with <script> is not a PDF".getBytes(StandardCharsets.US_ASCII)))
                .as("only a file taken for a PDF is checked this way").isEqualTo(DocumentStructure.Problem.NONE);
    }

    @Test
    void reading_an_endless_upload_stops_one_byte_past_the_limit() {
        Counting endless = new Counting(Long.MAX_VALUE);

        assertThat(UploadGuard.readAtMost(endless, 5 * 1024 * 1024)).as("too large").isNull();
        assertThat(endless.read).isEqualTo(5 * 1024 * 1024 + 1);

        Counting small = new Counting(1000);
        assertThat(UploadGuard.readAtMost(small, 5 * 1024 * 1024)).hasSize(1000);
    }

    private static byte[] zip(int entries, int sizeEach, boolean random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random bytes = new Random(42);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
                byte[] content = new byte[sizeEach];
                if (random) {
                    bytes.nextBytes(content);
                }
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A stream of {@code size} bytes made while read, counting what was taken. */
    static final class Counting extends InputStream {
        private final long size;
        long read;

        Counting(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? (int) (read++ & 0x7F) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - read);
            read += count;
            return count;
        }
    }

}
