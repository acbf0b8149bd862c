package nl.gemeenschapsfonds.review;

import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.i18n.Translations;
import nl.gemeenschapsfonds.base.pdf.HtmlPdf;
import nl.gemeenschapsfonds.base.templates.Templates;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The notice of an extended decision deadline (Awb 4:14) as a PDF, one per application, from the template
 * {@code letters/extension} (an authority may override it, see {@link Templates}); it goes with the applicant's mail.
 */
@Component
class ExtensionLetter {

    static final String TEMPLATE = "letters/extension";

    record Facts(String authorityName, String organisationName, String date, String reference) {
    }

    private final Templates templates;
    private final Translations translations;

    ExtensionLetter(Templates templates, Translations translations) {
        this.templates = templates;
        this.translations = translations;
    }

    byte[] render(DecisionDeadlineExtended extended, String authorityName, String organisationName, LocalDate today) {
        Locale language = extended.language();
        Facts facts = new Facts(authorityName, organisationName, Formats.date(today, language), extended.reference());
        Map<String, String> t = Map.of(
                "date", translations.get(language, "extensionLetter.date"),
                "reference", translations.get(language, "extensionLetter.reference"),
                "title", translations.get(language, "extensionLetter.title"),
                "intro", translations.get(language, "extensionLetter.intro", extended.reference(),
                        Formats.date(extended.before(), language), Formats.date(extended.due(), language)),
                "reason", translations.get(language, "extensionLetter.reason", extended.reason().trim()),
                "closing", translations.get(language, "extensionLetter.closing", authorityName));
        return HtmlPdf.render(templates.render(TEMPLATE, language, Map.of("letter", facts, "t", t)));
    }

    static String fileName(String reference, Locale language) {
        return ("en".equals(language.getLanguage()) ? "extension-" : "verdaging-") + reference + ".pdf";
    }
}
