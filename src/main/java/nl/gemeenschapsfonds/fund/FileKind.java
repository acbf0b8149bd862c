package nl.gemeenschapsfonds.fund;

import java.util.Set;

/**
 * The kind of file a file question asks for, as the media types the upload's content sniffing may find
 * (the attachment rules of the submission module decide what may be uploaded at all).
 */
public enum FileKind {
    PDF(Set.of("application/pdf")),
    IMAGE(Set.of("image/jpeg", "image/png")),
    SPREADSHEET(Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    DOCUMENT(Set.of("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private final Set<String> mediaTypes;

    FileKind(Set<String> mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    /** Whether a file of this media type is of this kind. */
    public boolean accepts(String mediaType) {
        return mediaType != null && mediaTypes.contains(mediaType);
    }

    public Set<String> mediaTypes() {
        return mediaTypes;
    }
}
