package nl.gemeenschapsfonds.scan;

/**
 * An upload was refused by {@link UploadGuard} (for the operations metrics, issue 18). Published when the refusal is
 * thrown, whatever happens to the caller's transaction afterwards; carries no file name or content.
 */
public record UploadRefused(Reason reason, String objectType) {

    public enum Reason {
        /** The scanner found malware. */
        INFECTED,
        /** A PDF with HTML or script. */
        ACTIVE_CONTENT,
        /** Not a valid document: an archive over its limits. */
        NOT_A_VALID_DOCUMENT,
        /** The scanner did not answer or is not configured: nothing can be uploaded. */
        SCANNER_UNAVAILABLE
    }
}
