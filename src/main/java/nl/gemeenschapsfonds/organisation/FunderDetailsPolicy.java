package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import nl.gemeenschapsfonds.base.Postcode;

import java.util.ArrayList;
import java.util.List;

/**
 * What a funder's own details must be when its users change them ({@code FunderDetailsPolicyTest}): as the
 * administrator's form ({@link FunderPolicy}) a valid e-mail address and phone number if given, and a Dutch postcode
 * if given; text within the columns' lengths. Nothing is required, as for the administrator. Each problem names its
 * field.
 */
final class FunderDetailsPolicy {

    static final int MAX_STREET = 200;
    static final int MAX_CITY = 100;
    static final int MAX_DESCRIPTION = 2000;

    private FunderDetailsPolicy() {
    }

    static List<Problem> problemsOf(FunderDetails details) {
        List<Problem> problems = new ArrayList<>();
        tooLong("contactName", details.contactName(), FunderPolicy.MAX_NAME, problems);
        if (details.contactEmail() != null && !AccountInput.isEmail(details.contactEmail())) {
            problems.add(new Problem("contactEmail", "account.validation.email"));
        }
        if (details.contactPhone() != null && !OrganisationProfiles.PHONE.matcher(details.contactPhone()).matches()) {
            problems.add(new Problem("contactPhone", "organisation.validation.phone"));
        }
        tooLong("street", details.street(), MAX_STREET, problems);
        if (details.postcode() != null && !Postcode.isValid(details.postcode())) {
            problems.add(new Problem("postcode", "organisation.validation.postcode"));
        }
        tooLong("city", details.city(), MAX_CITY, problems);
        tooLong("publicDescription", details.publicDescription(), MAX_DESCRIPTION, problems);
        return problems;
    }

    private static void tooLong(String field, String value, int max, List<Problem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "validation.tooLong", max));
        }
    }
}
