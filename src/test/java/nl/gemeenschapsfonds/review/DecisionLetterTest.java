package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.templates.Templates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision letter from its template, without Spring: what it says for a grant and a refusal, in both languages. */
class DecisionLetterTest {

    private static final Locale DUTCH = Locale.of("nl");
    private static final LocalDate DATE = LocalDate.of(2027, 3, 1);

    private final DecisionLetter letters = new DecisionLetter(new Templates(""), new Translations());

    @Test
    void a_grant_names_the_amounts_per_year_the_advances_the_reports_and_the_last_day_to_object() throws Exception {
        String text = text(letters.render(grant(false), DUTCH));

        assertThat(text).contains("Gemeente Zwolle", "Postbus 1234", "Vereniging Dorpshuis", "Dorpsstraat 1", "GF-2027-0042",
                "Beschikking: subsidie verleend", "2027", "2028", "Verslagen die wij van u vragen",
                "Eindverslag met aanvraag tot vaststelling", "Eerste regel van de voorwaarden", "Tweede regel",
                "Namens het college van burgemeester en wethouders van Gemeente Zwolle", "Jan Besluit");
        assertThat(text.indexOf("Eerste regel")).isLessThan(text.indexOf("Tweede regel"));
    }

    @Test
    void a_grant_settled_at_once_owes_no_reports() throws Exception {
        String text = text(letters.render(grant(true), DUTCH));

        assertThat(text).doesNotContain("Verslagen die wij van u vragen");
    }

    @Test
    void a_refusal_gives_its_ground_and_no_amounts() throws Exception {
        DecisionLetter.Data refusal = new DecisionLetter.Data("Gemeente Zwolle", "GF-2027-0043", "Buurtfeest", "Vereniging Feest",
                DATE, Recommendation.REFUSE, new TreeMap<>(), eur("5000"), null, null, null, List.of(), RefusalGround.NOT_ELIGIBLE,
                "Past niet binnen de regeling.", DATE.plusWeeks(6), "Regeling Ontmoeting", null, false, List.of(),
                null, "Jan Besluit", List.of(), List.of());

        String html = letters.html(refusal, Locale.ENGLISH);

        assertThat(html).doesNotContain("class=\"amount\"").contains("Past niet binnen de regeling.");
        assertThat(text(letters.render(refusal, DUTCH))).contains("GF-2027-0043", "Past niet binnen de regeling.");
    }

    @Test
    void what_a_user_typed_is_printed_as_text_never_as_markup() {
        DecisionLetter.Data data = new DecisionLetter.Data("Gemeente Zwolle", "GF-1", "<b>Feest & Co</b>", "Vereniging\u0001 Feest",
                DATE, Recommendation.REFUSE, new TreeMap<>(), eur("5000"), null, null, null, List.of(), RefusalGround.OTHER,
                "<script>x</script>", DATE.plusWeeks(6), "Regeling", null, false, List.of(), null, "Jan", List.of(),
                List.of("<i>Sportclub</i> (Rol)"));

        String html = letters.html(data, DUTCH);

        assertThat(html).doesNotContain("<script>", "<b>", "<i>", "\u0001").contains("&lt;script&gt;", "&lt;i&gt;Sportclub");
        assertThat(letters.render(data, DUTCH)).isNotEmpty();
    }

    @Test
    void an_authority_words_its_letter_in_its_own_template(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("letters"));
        Files.writeString(folder.resolve("letters/decision.html"), """
                <html xmlns:th="http://www.thymeleaf.org"><body><p>Eigen briefpapier</p>
                <p th:text="${letter.reference}">kenmerk</p></body></html>""");
        DecisionLetter own = new DecisionLetter(new Templates(folder.toString()), new Translations());

        assertThat(text(own.render(grant(false), DUTCH))).contains("Eigen briefpapier", "GF-2027-0042");
    }

    @Test
    void the_partners_of_the_application_are_named_after_the_application_in_both_languages_and_not_without_partners()
            throws Exception {
        DecisionLetter.Data together = withPartners(grant(false), List.of("Sportclub Welsum (Organiseert de sportmiddagen)",
                "Muziekschool Zwolle (Geeft de muziekles)"));

        String dutch = text(letters.render(together, DUTCH)).replaceAll("\\s+", " ");
        assertThat(dutch).contains("U deed deze aanvraag samen met: Sportclub Welsum (Organiseert de sportmiddagen); "
                + "Muziekschool Zwolle (Geeft de muziekles). Zij kunnen dit besluit in het portaal lezen.");
        assertThat(dutch.indexOf("vroeg u een subsidie")).as("right after the application is named")
                .isLessThan(dutch.indexOf("samen met:")).isNotNegative();
        assertThat(text(letters.render(together, Locale.ENGLISH)).replaceAll("\\s+", " "))
                .contains("You made this application together with: Sportclub Welsum (Organiseert de sportmiddagen);");
        assertThat(text(letters.render(grant(false), DUTCH))).doesNotContain("samen met");
    }

    private static DecisionLetter.Data withPartners(DecisionLetter.Data d, List<String> partners) {
        return new DecisionLetter.Data(d.authorityName(), d.reference(), d.title(), d.organisationName(), d.date(), d.kind(),
                d.amounts(), d.requested(), d.conditions(), d.reportObligations(), d.settlementDeadline(), d.advances(),
                d.refusalGround(), d.motivation(), d.objectionDeadline(), d.callTitle(), d.coFinancingDueBy(), d.settledAtOnce(),
                d.organisationAddress(), d.authorityAddress(), d.signatory(), d.reports(), partners);
    }

    private static DecisionLetter.Data grant(boolean settledAtOnce) {
        return new DecisionLetter.Data("Gemeente Zwolle", "GF-2027-0042", "Nieuwe keuken", "Vereniging Dorpshuis", DATE,
                Recommendation.GRANT, new TreeMap<>(Map.of(2027, eur("40000"), 2028, eur("20000"))), eur("60000"),
                "Eerste regel van de voorwaarden.\nTweede regel.", "Eindverslag binnen drie maanden.", DATE.plusYears(2),
                List.of(new DecisionForm.Advance(DATE.plusWeeks(1), 2027, eur("10000"))), null, "Draagt bij aan ontmoeting.",
                DATE.plusWeeks(6), "Regeling Ontmoeting", null, settledAtOnce, List.of("Dorpsstraat 1", "8011 AB  Zwolle"),
                "Postbus 1234\n8000 AA  Zwolle", "Jan Besluit",
                List.of(new ReportSchedulePreview.Due(null, DATE.plusYears(1))), List.of());
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
