package nl.gemeenschapsfonds.organisation;

import nl.gemeenschapsfonds.base.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FunderPolicyTest {

    private static FunderData funder(String name, FunderKind kind, String kvk, String contactEmail, String phone) {
        return new FunderData(null, 0, name, kind, kvk, "Els de Vries", contactEmail, phone, true, FunderRegistration.ACTIVE, null);
    }

    @Test
    void a_funder_with_a_free_name_a_kind_and_valid_contact_details_is_accepted() {
        assertThat(FunderPolicy.problemsOf(funder("Rabo Fonds", FunderKind.FOUNDATION, "12345678", "els@fonds.example",
                "038 123 4567"), name -> false, kvk -> false)).isEmpty();
        assertThat(FunderPolicy.problemsOf(funder("Rabo Fonds", FunderKind.COMPANY, null, null, null), name -> false, kvk -> false))
                .isEmpty();
    }

    @Test
    void every_wrong_field_of_a_funder_is_reported_at_its_field() {
        assertThat(FunderPolicy.problemsOf(funder(" ", null, "123", "geen-adres", "bel me"), name -> true, kvk -> true))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("name", "validation.required"), tuple("kind", "validation.required"),
                        tuple("kvkNumber", "organisation.validation.kvk"), tuple("contactEmail", "account.validation.email"),
                        tuple("contactPhone", "organisation.validation.phone"));
    }

    @Test
    void a_name_or_kvk_number_another_funder_has_is_refused() {
        assertThat(FunderPolicy.problemsOf(funder("Rabo Fonds", FunderKind.FOUNDATION, "12345678", null, null),
                "Rabo Fonds"::equals, "12345678"::equals))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("name", "funders.validation.nameTaken"), tuple("kvkNumber", "funders.validation.kvkTaken"));
        assertThat(FunderPolicy.problemsOf(funder("x".repeat(201), FunderKind.OTHER, null, null, null), name -> false, kvk -> false))
                .extracting(Problem::field, Problem::messageKey).containsExactly(tuple("name", "validation.tooLong"));
    }

    @Test
    void a_registration_needs_name_kind_contact_address_and_a_good_password_twice() {
        FunderRegistrationData good = new FunderRegistrationData("Rabo Fonds", FunderKind.FOUNDATION, "Els", "els@fonds.example",
                "Een-lang-wachtwoord-2027", "Een-lang-wachtwoord-2027", Locale.of("nl"));
        assertThat(FunderPolicy.problemsOf(good, name -> false)).isEmpty();
        assertThat(FunderPolicy.problemsOf(good, "Rabo Fonds"::equals)).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("name", "funders.validation.nameTaken"));

        FunderRegistrationData bad = new FunderRegistrationData("", null, "", "els", "kort", "anders", null);
        assertThat(FunderPolicy.problemsOf(bad, name -> true)).extracting(Problem::field)
                .containsExactly("name", "kind", "contactName", "email", "password", "passwordRepeat");
    }
}
