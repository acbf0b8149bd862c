package nl.gemeenschapsfonds.scan;

/** The clamd the application started itself (embedded default, tests), or none (production, or clamd not installed). */
public record EmbeddedScanner(EmbeddedClamd clamd) implements AutoCloseable {

    @Override
    public void close() {
        if (clamd != null) {
            clamd.close();
        }
    }
}
