package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.pdf.Html;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Real files of every kind an applicant might send, made in the test, and streams that count what was read. */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] pdf(String text) {
        return HtmlPdf.render("""
                <html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Begroting</h1><p>%s</p></body></html>"""
                .formatted(Html.escape(text)));
    }

    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Statuten van de Vereniging Dorpshuis De Linde");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("Begroting").createRow(0);
            row.createCell(0).setCellValue("Verbouwing keuken");
            row.createCell(1).setCellValue(12500.00);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        return image("png", BufferedImage.TYPE_INT_ARGB);
    }

    public static byte[] jpeg() {
        return image("jpg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] image(String format, int imageType) {
        BufferedImage image = new BufferedImage(16, 16, imageType);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 16, 16);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A minimal Windows executable: the DOS header ("MZ", with the offset of the PE header at 0x3C),
     * the DOS stub's text, and the "PE\0\0" signature with an i386 COFF header and a PE32 optional header.
     */
    public static byte[] exe() {
        ByteBuffer exe = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        exe.put(0, "MZ".getBytes(StandardCharsets.US_ASCII));
        exe.putInt(0x3C, 0x80);
        exe.put(0x4E, "This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII));
        exe.put(0x80, new byte[]{'P', 'E', 0, 0});
        exe.putShort(0x84, (short) 0x014C);   // machine: i386
        exe.putShort(0x86, (short) 1);        // one section
        exe.putShort(0x94, (short) 0xE0);     // size of the optional header
        exe.putShort(0x96, (short) 0x0102);   // executable image, 32-bit
        exe.putShort(0x98, (short) 0x010B);   // PE32
        return exe.array();
    }

    /** {@code size} bytes of a PDF: a real PDF first, then padding (still a PDF by its content). */
    public static byte[] pdfOfSize(int size) {
        byte[] pdf = pdf("opgevuld");
        byte[] padded = new byte[size];
        System.arraycopy(pdf, 0, padded, 0, pdf.length);
        return padded;
    }

    /**
     * A stream of {@code size} bytes that starts as a PDF, made while it is read (never held in
     * memory), and that remembers how many bytes were taken from it.
     */
    public static final class CountingStream extends InputStream {

        private final byte[] head = pdf("groot");
        private final long size;
        private long position;

        public CountingStream(long size) {
            this.size = size;
        }

        public long bytesRead() {
            return position;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            return position < head.length ? head[(int) position++] & 0xFF : (int) (position++ & 0x7F);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) read();
            }
            return count;
        }
    }
}
