package nl.gemeenschapsfonds.scan;

/** What clamd said about one stream: clean, or infected with a named signature. */
public sealed interface ScanVerdict {

    record Clean() implements ScanVerdict {
    }

    record Infected(String signature) implements ScanVerdict {
    }
}
