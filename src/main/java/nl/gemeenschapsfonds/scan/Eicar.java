package nl.gemeenschapsfonds.scan;

import java.nio.charset.StandardCharsets;

/**
 * The EICAR anti-virus test file (harmless by design, recognised by every scanner), for the embedded clamd's
 * signature database. Kept in two halves so that this class file itself is not reported by a scanner.
 */
public final class Eicar {

    private static final String FIRST = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-";
    private static final String SECOND = "ANTIVIRUS-TEST-FILE!$H+H*";

    private Eicar() {
    }

    public static byte[] bytes() {
        return new StringBuilder(FIRST).append(SECOND).toString().getBytes(StandardCharsets.US_ASCII);
    }
}
