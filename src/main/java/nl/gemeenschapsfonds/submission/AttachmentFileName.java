package nl.gemeenschapsfonds.submission;

import java.text.Normalizer;

/**
 * The name an applicant's file is shown and offered for download under. It is only ever displayed:
 * the file is stored under a random key. Still it is cleaned, because it travels to other people's
 * screens and disks: any path is stripped ({@code ../../etc/passwd} → {@code passwd}), control and
 * invisible formatting characters (such as the right-to-left override that turns
 * {@code fdp.exe} around) are removed, characters Windows forbids in names become {@code _}, it is
 * at most {@value #MAX_LENGTH} characters, and it ends in an extension that fits the type found in
 * the bytes (a PDF called {@code begroting.exe} becomes {@code begroting.exe.pdf}).
 */
final class AttachmentFileName {

    static final int MAX_LENGTH = 200;
    static final String FALLBACK = "bijlage";
    private static final int MAX_EXTENSION = 10;

    private AttachmentFileName() {
    }

    static String of(String given, AttachmentType type) {
        String name = clean(given);
        if (name.isEmpty()) {
            name = FALLBACK;
        }
        if (!type.fitsName(name)) {
            name = name + "." + type.extensions().getFirst();
        }
        return shorten(name);
    }

    /** Without path, controls, invisible formatting, forbidden characters and surrounding dots and blanks; maybe empty. */
    static String clean(String given) {
        if (given == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(given.length());
        Normalizer.normalize(given, Normalizer.Form.NFC).codePoints()
                .filter(codePoint -> !Character.isISOControl(codePoint))
                .filter(codePoint -> Character.getType(codePoint) != Character.FORMAT)
                .filter(codePoint -> Character.getType(codePoint) != Character.SURROGATE)
                .filter(codePoint -> Character.getType(codePoint) != Character.PRIVATE_USE)
                .filter(codePoint -> Character.getType(codePoint) != Character.UNASSIGNED)
                .forEach(kept::appendCodePoint);
        String name = kept.toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[<>:\"|?*]", "_");
        return name.replaceAll("^[\\s.]+|[\\s.]+$", "");
    }

    /** At most MAX_LENGTH characters (code points, as PostgreSQL counts), keeping a short extension. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot - 1 <= MAX_EXTENSION ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)).stripTrailing() + extension;
    }
}
