package nl.gemeenschapsfonds.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible text, in Dutch (the default) and English, from
 * {@code vaadin-i18n/translations_nl.properties} and {@code translations_en.properties}.
 * Views use {@code getTranslation(key)}; mails and PDFs call {@link #get(Locale, String, Object...)}.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "vaadin-i18n/translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(locale, key, params);
    }

    /** The text for {@code key} in the language of {@code locale}; Dutch for any other language. */
    public String get(Locale locale, String key, Object... params) {
        Locale supported = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' in {}", key, supported);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
    }

    /** The supported locale that matches the language of {@code locale}, Dutch when none does. */
    public static Locale supported(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return DUTCH;
    }
}
