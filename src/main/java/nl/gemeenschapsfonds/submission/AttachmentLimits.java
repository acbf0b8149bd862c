package nl.gemeenschapsfonds.submission;

import nl.gemeenschapsfonds.base.InvalidInputException;

/**
 * How much an application may carry: the largest file ({@code app.attachments.max-bytes}, 20 MB), the number of
 * files ({@code max-per-application}) and their total size ({@code max-total-bytes}).
 */
record AttachmentLimits(long maxBytes, int maxPerApplication, long maxTotalBytes) {

    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    AttachmentLimits {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("app.attachments.max-bytes must be between 1 and 2 GB, not " + maxBytes);
        }
    }

    /** Refuses a file of {@code adding} bytes when the application already holds as many files, or as many bytes, as it may. */
    void requireRoom(AttachmentTable.Usage usage, long adding) {
        if (usage.count() >= maxPerApplication) {
            throw new InvalidInputException("attachments", "attachment.tooMany", maxPerApplication);
        }
        if (usage.totalBytes() + adding > maxTotalBytes) {
            throw new InvalidInputException("attachments", "attachment.totalTooLarge", sizeLabel(maxTotalBytes));
        }
    }

    /** Refuses a file that has grown past the largest allowed while it was read. */
    void requireNotTooLarge(long bytesRead) {
        if (bytesRead > maxBytes) {
            throw new InvalidInputException("attachments", "attachment.tooLarge", sizeLabel(maxBytes));
        }
    }

    /** "20 MB", or "500 kB" for a limit below a megabyte. */
    static String sizeLabel(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " kB";
    }
}
