package nl.gemeenschapsfonds.test;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The check of a page's language that the whole-cycle browser test runs on every page it visits (issue 13). */
class PageLanguageTest {

    @Test
    void vaadins_english_defaults_on_a_dutch_page_are_found_also_inside_a_longer_text() {
        assertThat(PageLanguage.englishIn(List.of("Upload File...", "Drop file here", "dd-mm-yyyy")))
                .containsExactly("Upload in \"Upload File...\"", "File in \"Upload File...\"",
                        "Drop in \"Drop file here\"", "dd-mm-yyyy in \"dd-mm-yyyy\"");
    }

    @Test
    void an_english_text_of_the_application_on_a_dutch_page_is_found_also_with_its_parameters_filled_in() {
        assertThat(PageLanguage.englishIn(List.of("Next step", "Go to step 3", "€30,000.00 is missing to cover the costs")))
                .hasSize(3);
    }

    @Test
    void dutch_texts_and_texts_both_languages_share_pass_on_a_dutch_page() {
        assertThat(PageLanguage.englishIn(List.of("Volgende stap", "Ga naar stap 3", "Open", "Status", "IBAN",
                "Gemeente Rondgang", "GF-2027-000012", "€ 4.800,00"))).isEmpty();
    }

    @Test
    void dutch_words_and_dutch_texts_of_the_application_on_an_english_page_are_found() {
        assertThat(PageLanguage.dutchIn(List.of("Volgende stap"))).isNotEmpty();
        assertThat(PageLanguage.dutchIn(List.of("Vastgesteld"))).as("a Dutch text without a Dutch word of the list")
                .containsExactly("\"Vastgesteld\" (a Dutch text of the application)");
    }

    @Test
    void english_texts_and_texts_both_languages_share_pass_on_an_english_page() {
        assertThat(PageLanguage.dutchIn(List.of("Next step", "Settled", "Open", "Status", "IBAN", "Harbour Club",
                "€4,800.00", "The plan balances: costs = grant + co-financing"))).isEmpty();
    }
}
