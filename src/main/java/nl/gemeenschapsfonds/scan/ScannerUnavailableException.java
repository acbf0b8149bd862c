package nl.gemeenschapsfonds.scan;

/** clamd did not answer (not running, timed out, refused the stream) or no scanner is configured. */
public class ScannerUnavailableException extends RuntimeException {

    private final boolean configured;

    ScannerUnavailableException(String message, boolean configured, Throwable cause) {
        super(message, cause);
        this.configured = configured;
    }

    /** False when no scanner is configured at all (clamd not installed and no APP_CLAMAV_HOST). */
    public boolean configured() {
        return configured;
    }
}
