package nl.gemeenschapsfonds.organisation;

/**
 * What a funder's own users may change of it (issue 22): its contact person, address and public description; not
 * its name, kind or KvK number, which the administrator checks. Text is trimmed, blank becomes {@code null}; the
 * postcode is written {@code 1234 AB} when it is one. {@code name} is shown only, never taken. {@code version}
 * detects a concurrent change.
 */
public record FunderDetails(long version, String name, String contactName, String contactEmail, String contactPhone,
                            String street, String postcode, String city, String publicDescription) {

    public FunderDetails {
        contactName = clean(contactName);
        contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip().toLowerCase(java.util.Locale.ROOT);
        contactPhone = clean(contactPhone);
        street = clean(street);
        postcode = postcode == null || postcode.isBlank() ? null
                : nl.gemeenschapsfonds.base.Postcode.isValid(postcode) ? nl.gemeenschapsfonds.base.Postcode.normalise(postcode) : postcode.strip();
        city = clean(city);
        publicDescription = clean(publicDescription);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
