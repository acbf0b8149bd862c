package nl.gemeenschapsfonds.organisation;

import java.util.Locale;

/**
 * A funder (co-financier) as other modules read it ({@link Organisations}): its name and kind, whether it is active
 * (only an active funder's users may pledge), and the contact person it gave.
 */
public record FunderFacts(long id, String name, FunderKind kind, boolean active, String kvkNumber, String contactName,
                          String contactEmail, String contactPhone) {

    /** A user of a funder as a mail reaches them: their address and the language they chose. */
    public record Contact(String email, Locale language) {
    }
}
