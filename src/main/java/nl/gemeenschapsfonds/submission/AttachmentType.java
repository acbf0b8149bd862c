package nl.gemeenschapsfonds.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The file types an attachment may be, known by the media type found in the file's bytes (never by
 * its name), with the extensions a file of that type may carry.
 */
public enum AttachmentType {
    PDF("application/pdf", "PDF", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", "xlsx"),
    JPEG("image/jpeg", "JPG", "jpg", "jpeg"),
    PNG("image/png", "PNG", "png");

    /** For messages and hints: "PDF, DOCX, XLSX, JPG, PNG". */
    public static final String NAMES = Arrays.stream(values()).map(AttachmentType::label).collect(Collectors.joining(", "));

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    AttachmentType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** Without the dot, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    /** The short name of a stored media type, for a list ("PDF"); the media type itself when it is not one of ours. */
    public static String labelOf(String mediaType) {
        return ofMediaType(mediaType).map(AttachmentType::label).orElse(mediaType);
    }

    boolean fitsName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
