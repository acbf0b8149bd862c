package nl.gemeenschapsfonds.organisation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An applicant organisation as other modules read it ({@link Organisations}): its legal name and registration, its
 * postal address, and its bank account. Fields the applicant has not filled in yet are {@code null}.
 */
public record OrganisationFacts(long id, String legalName, String kvkNumber, LegalForm legalForm, String street,
                                String postcode, String city, String municipalityCode, String iban, String accountHolder,
                                String phone) {

    /** Who a grant is paid to. */
    public Payee payee() {
        return new Payee(id, legalName, iban, accountHolder);
    }

    /**
     * The address block of a letter: the legal name, the street, and postcode and city (two spaces apart, as Dutch
     * post wants them); lines the profile lacks are left out.
     */
    public List<String> addressLines() {
        String place = postcode == null ? city : postcode + (city == null ? "" : "  " + city);
        return Stream.of(legalName, street, place).filter(Objects::nonNull).toList();
    }
}
