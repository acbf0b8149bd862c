package nl.gemeenschapsfonds.organisation;

/**
 * The organisation profile as its page shows and saves it. Text comes as typed (trimmed, blank
 * as {@code null}); {@link OrganisationProfiles#save(OrganisationProfile)} checks each field and
 * answers with a message per field. {@code version} detects a concurrent change.
 */
public record OrganisationProfile(Long id, long version, String legalName, String kvkNumber, LegalForm legalForm,
                                  String street, String postcode, String city, String municipalityCode,
                                  String iban, String accountHolder, String phone) {

    public OrganisationProfile {
        legalName = clean(legalName);
        kvkNumber = clean(kvkNumber);
        street = clean(street);
        postcode = clean(postcode);
        city = clean(city);
        municipalityCode = clean(municipalityCode);
        iban = clean(iban);
        accountHolder = clean(accountHolder);
        phone = clean(phone);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
