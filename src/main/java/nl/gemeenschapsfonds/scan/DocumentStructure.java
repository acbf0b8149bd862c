package nl.gemeenschapsfonds.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks on a file's structure that must come before anything parses it: a ZIP container (DOCX, XLSX, ODT, ZIP) is
 * opened with limits on the number of entries, the total uncompressed size and the compression ratio, counting the
 * bytes actually inflated (the sizes in the headers can lie), so a "zip bomb" costs at most {@code maxUncompressed}
 * bytes of inflation, never gigabytes; and a PDF must not carry HTML or script in its first kilobytes (a polyglot
 * that a browser could render as a web page).
 */
record DocumentStructure(int maxEntries, long maxUncompressedBytes, int maxRatio) {

    static final int PDF_HEAD = 4096;
    private static final List<String> ACTIVE_MARKERS = List.of("<html", "<script", "<!doctype", "<body", "<iframe", "<svg",
            "<object", "<embed", "javascript:");

    enum Problem { NONE, NOT_A_VALID_DOCUMENT, ACTIVE_CONTENT }

    Problem check(byte[] content) {
        if (isZip(content)) {
            return zipWithinLimits(content) ? Problem.NONE : Problem.NOT_A_VALID_DOCUMENT;
        }
        if (isPdf(content) && hasActiveMarkers(content)) {
            return Problem.ACTIVE_CONTENT;
        }
        return Problem.NONE;
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && (content[2] == 3 || content[2] == 5 || content[2] == 7);
    }

    /** Tika calls a file PDF when {@code %PDF-} starts it (allowing some leading bytes): check the same window. */
    static boolean isPdf(byte[] content) {
        return head(content, 1024).contains("%pdf-");
    }

    private static boolean hasActiveMarkers(byte[] content) {
        String head = head(content, PDF_HEAD);
        return ACTIVE_MARKERS.stream().anyMatch(head::contains);
    }

    private static String head(byte[] content, int length) {
        return new String(content, 0, Math.min(length, content.length), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    private boolean zipWithinLimits(byte[] content) {
        long limit = Math.min(maxUncompressedBytes, (long) content.length * maxRatio);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    return false;
                }
                if (entry.getName().contains("..") || entry.getName().startsWith("/")) {
                    return false;
                }
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > limit) {
                        return false;
                    }
                }
            }
            return entries > 0;
        } catch (IOException | IllegalArgumentException broken) {
            return false;
        }
    }

    /** Reads at most {@code max + 1} bytes: one more than allowed is enough to know the upload is too large. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
    }
}
