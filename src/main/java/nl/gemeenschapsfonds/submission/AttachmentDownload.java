package nl.gemeenschapsfonds.submission;

/** An attachment to hand to a browser: the name to offer, the type detected at upload, and the bytes. */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {
}
