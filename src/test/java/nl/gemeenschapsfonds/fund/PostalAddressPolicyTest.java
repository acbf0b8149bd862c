package nl.gemeenschapsfonds.fund;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostalAddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Postbus 10007\n8000 GA Zwolle", "Postbus 10007, 8000 GA Zwolle", "Grote Markt 20a\n8011 LW Zwolle",
            "Gemeente Zwolle\nAfdeling Subsidies\nLindeplein 1\n8011AB  Zwolle", "Antwoordnummer 123, 1000 VB Amsterdam",
            "Postbus 1234\n8000 AA  Zwolle", "1e Dwarsstraat 4-6\n9711 AB Groningen", "Kerkstraat 12 bis\n8011 AB Den Haag"})
    void an_address_with_street_and_number_postcode_and_place_is_plausible(String address) {
        assertThat(PostalAddressPolicy.problem(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "Zwolle", "Lindeplein\n8011 AB Zwolle", "Lindeplein 1\nZwolle", "Lindeplein 1\n8011 AB",
            "8011 AB Zwolle", "Postbus\n8000 GA Zwolle", "Lindeplein 1, 80111 Zwolle", " \n "})
    void an_address_without_street_and_number_postcode_or_place_is_refused(String address) {
        assertThat(PostalAddressPolicy.problem(address)).contains("authorityAddress.incomplete");
    }
}
