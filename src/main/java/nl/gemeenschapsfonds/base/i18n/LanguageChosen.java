package nl.gemeenschapsfonds.base.i18n;

import java.util.Locale;

/** A signed-in user switched the language of the application. */
public record LanguageChosen(String username, Locale locale) {
}
