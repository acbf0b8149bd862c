package nl.gemeenschapsfonds.fund;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a postal address can carry a letter: it is printed in every decision letter as where objections go, so
 * "x" will not do. A plausible Dutch address has a street with a house number (or a Postbus / Antwoordnummer with its
 * number) and a postcode followed by the place, on separate lines or separated by commas.
 */
public final class PostalAddressPolicy {

    /** "Grote Markt 20a", "Lindeplein 1", "1e Dwarsstraat 4-6", "Postbus 10007", "Antwoordnummer 123". */
    private static final Pattern STREET_AND_NUMBER = Pattern.compile(
            "(?iu)(?=.*\\p{L}{2}).+\\s\\d{1,5}(\\s?[-/]?\\s?[\\p{L}\\d]{1,4})?");
    /** "8000 GA Zwolle", "8011AB  Zwolle". */
    private static final Pattern POSTCODE_AND_PLACE = Pattern.compile("(?iu)[1-9]\\d{3}\\s?[a-z]{2}\\s+\\p{L}[\\p{L}'. -]*");

    private PostalAddressPolicy() {
    }

    /** The message key of what is missing, or empty when the address has a street and number, postcode and place. */
    public static Optional<String> problem(String address) {
        List<String> parts = Arrays.stream((address == null ? "" : address).split("[\\n,]"))
                .map(part -> part.strip().replaceAll("\\s+", " ")).filter(part -> !part.isEmpty()).toList();
        boolean street = parts.stream().anyMatch(part -> STREET_AND_NUMBER.matcher(part).matches()
                && !POSTCODE_AND_PLACE.matcher(part).matches());
        boolean postcodeAndPlace = parts.stream().anyMatch(part -> POSTCODE_AND_PLACE.matcher(part).matches());
        if (street && postcodeAndPlace) {
            return Optional.empty();
        }
        return Optional.of("authorityAddress.incomplete");
    }
}
