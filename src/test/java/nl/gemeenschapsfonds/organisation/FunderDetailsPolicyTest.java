package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FunderDetailsPolicyTest {

    private static FunderDetails details(String email, String phone, String postcode, String description) {
        return new FunderDetails(0, "Fonds", "Els Fonds", email, phone, "Stationsstraat 1", postcode, "Olst", description);
    }

    @Test
    void complete_details_with_a_dutch_postcode_pass_and_the_postcode_is_written_as_one() {
        FunderDetails details = details("Els@Fonds.test ", "0570 123456", "8121ab", "Wij steunen dorpshuizen.");
        assertThat(FunderDetailsPolicy.problemsOf(details)).isEmpty();
        assertThat(details.postcode()).isEqualTo("8121 AB");
        assertThat(details.contactEmail()).isEqualTo("els@fonds.test");
        assertThat(FunderDetailsPolicy.problemsOf(details("els@fonds.test", null, null, null))).as("address optional").isEmpty();
    }

    @Test
    void each_wrong_field_is_named_with_its_message() {
        assertThat(FunderDetailsPolicy.problemsOf(details("els-at-fonds", "bel me", "12345", "x".repeat(2001))))
                .extracting(Problem::field, Problem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contactEmail", "account.validation.email"),
                        org.assertj.core.groups.Tuple.tuple("contactPhone", "organisation.validation.phone"),
                        org.assertj.core.groups.Tuple.tuple("postcode", "organisation.validation.postcode"),
                        org.assertj.core.groups.Tuple.tuple("publicDescription", "validation.tooLong"));
        assertThat(FunderDetailsPolicy.problemsOf(new FunderDetails(0, "Fonds", "x".repeat(201), null, null, null, null, null, null)))
                .extracting(Problem::field).as("nothing is required, as for the administrator").containsExactly("contactName");
    }
}
