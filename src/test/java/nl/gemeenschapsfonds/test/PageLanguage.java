package nl.gemeenschapsfonds.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which language the texts of a page are in (issue 13: "no English text in the Dutch UI", and no Dutch in the English
 * one). A text is said to be in the wrong language when it is
 * <ul>
 *     <li>one of the English words of Vaadin's own defaults ("Upload", "Drop", "File", "dd-mm-yyyy", …) on a Dutch
 *     page, or one of the Dutch words of {@link ShownTexts} on an English page; or</li>
 *     <li>exactly a text of the application's other translation file (a message with its parameters filled in counts
 *     too) that is no text of the page's own file: a key looked up in the wrong language, or a text written in the
 *     code in one language only.</li>
 * </ul>
 * Texts both files share ("Status", "IBAN", "Open") are words of both languages and never count.
 */
public final class PageLanguage {

    /** The English words of Vaadin's own defaults that must never show in the Dutch interface. */
    public static final List<String> ENGLISH_VAADIN_DEFAULTS = List.of("Upload", "Drop", "File", "dd-mm-yyyy",
            "Browse", "Today", "Cancel", "Retry", "Remove", "Username", "Forgot password");

    private static final Pattern VAADIN_DEFAULT = Pattern.compile("(?<![\\p{L}-])("
            + String.join("|", ENGLISH_VAADIN_DEFAULTS.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\d+(,[^}]*)?}");

    private static final Texts DUTCH = new Texts("nl");
    private static final Texts ENGLISH = new Texts("en");

    private PageLanguage() {
    }

    /** What of {@code texts} (shown on a Dutch page) is English, each with the text it was found in; empty when none. */
    public static List<String> englishIn(List<String> texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher word = VAADIN_DEFAULT.matcher(text);
            while (word.find()) {
                found.add(word.group(1) + " in \"" + text + "\"");
            }
            if (ENGLISH.has(text) && !DUTCH.has(text)) {
                found.add("\"" + text + "\" (an English text of the application)");
            }
        }
        return List.copyOf(found);
    }

    /** What of {@code texts} (shown on an English page) is Dutch, each with the text it was found in; empty when none. */
    public static List<String> dutchIn(List<String> texts) {
        Set<String> found = new LinkedHashSet<>(ShownTexts.dutchWordsIn(String.join("\n", texts)));
        for (String text : texts) {
            if (DUTCH.has(text) && !ENGLISH.has(text)) {
                found.add("\"" + text + "\" (a Dutch text of the application)");
            }
        }
        return List.copyOf(found);
    }

    /** The texts of one translation file: the plain ones as they are, the messages with parameters as patterns. */
    private static final class Texts {

        private final Set<String> plain = new HashSet<>();
        private final List<Message> messages = new ArrayList<>();

        Texts(String language) {
            Properties properties = new Properties();
            String file = "/vaadin-i18n/translations_" + language + ".properties";
            try (InputStream in = PageLanguage.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("No " + file + " on the class path");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String value : properties.stringPropertyNames().stream().map(properties::getProperty).toList()) {
                String text = value.strip();
                if (!PARAMETER.matcher(text).find()) {
                    // shown as it is without parameters, through MessageFormat (quotes halved) with them
                    plain.add(text);
                    plain.add(text.replace("''", "'"));
                } else {
                    Message.of(text).ifPresent(messages::add);
                }
            }
        }

        boolean has(String text) {
            if (plain.contains(text)) {
                return true;
            }
            for (Message message : messages) {
                if (text.contains(message.longestPart) && message.pattern.matcher(text).matches()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A message with parameters as a pattern that matches it filled in. Only messages with at least 8 letters of their
     * own count: "{0} ({1})" or "€ {0}" say nothing about a language.
     */
    private record Message(Pattern pattern, String longestPart) {

        static java.util.Optional<Message> of(String text) {
            String unquoted = text.replace("''", "'");
            String[] parts = PARAMETER.split(unquoted, -1);
            StringBuilder regex = new StringBuilder();
            String longest = "";
            int letters = 0;
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    regex.append("(.+?)");
                }
                regex.append(Pattern.quote(parts[i]));
                letters += (int) parts[i].codePoints().filter(Character::isLetter).count();
                if (parts[i].strip().length() > longest.length()) {
                    longest = parts[i].strip();
                }
            }
            if (letters < 8) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Message(Pattern.compile(regex.toString(), Pattern.DOTALL), longest));
        }
    }
}
