package nl.gemeenschapsfonds.organisation;

/**
 * A funder as the administrator edits it. {@code id} is null for a new one; {@code registration} and
 * {@code rejectionReason} are shown, never taken from the form. Text is trimmed, empty becomes null.
 */
public record FunderData(Long id, long version, String name, FunderKind kind, String kvkNumber, String contactName,
                         String contactEmail, String contactPhone, boolean active, FunderRegistration registration,
                         String rejectionReason) {

    public FunderData {
        name = name == null ? "" : name.strip();
        kvkNumber = kvkNumber == null || kvkNumber.isBlank() ? null : kvkNumber.replaceAll("\\s", "");
        contactName = blankToNull(contactName);
        contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip().toLowerCase(java.util.Locale.ROOT);
        contactPhone = blankToNull(contactPhone);
    }

    /** A new funder, active. */
    public static FunderData blank() {
        return new FunderData(null, 0, "", null, null, null, null, null, true, FunderRegistration.ACTIVE, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
