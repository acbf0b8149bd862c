package nl.gemeenschapsfonds.base;

import nl.gemeenschapsfonds.base.i18n.Translations;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text in both languages, and every key the code names exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translations\\.get|\\.get\\([a-zA-Z]+, |title = )\\(?\"([a-zA-Z][a-zA-Z0-9_.]+)\"\\s*[,)]");

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Translations.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void dutch_and_english_have_exactly_the_same_keys_and_no_empty_text() throws IOException {
        Properties nl = load("nl");
        Properties en = load("en");
        assertThat(new TreeSet<>(nl.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(nl.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
        assertThat(en.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
    }

    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        Set<String> keys = load("nl").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1)) && !matcher.group(1).endsWith(".")) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_status_role_and_call_setting_has_a_label() throws IOException {
        Set<String> keys = load("nl").stringPropertyNames();
        Stream.of(nl.gemeenschapsfonds.security.Role.values()).forEach(r -> assertThat(keys).contains("role." + r));
        Stream.of(nl.gemeenschapsfonds.submission.ApplicationStatus.values()).forEach(s -> assertThat(keys).contains("status." + s));
        Stream.of(nl.gemeenschapsfonds.fund.CallStatus.values()).forEach(s -> assertThat(keys).contains("call.status." + s));
        Stream.of(nl.gemeenschapsfonds.fund.AllocationMethod.values()).forEach(a -> assertThat(keys).contains("call.allocation." + a));
        Stream.of(nl.gemeenschapsfonds.fund.FacilityType.values()).forEach(f -> assertThat(keys).contains("facility." + f));
    }

    @Test
    void a_missing_key_is_visible_and_other_languages_fall_back_to_dutch() {
        Translations translations = new Translations();
        assertThat(translations.get(java.util.Locale.GERMAN, "layout.logout")).isEqualTo("Afmelden");
        assertThat(translations.get(java.util.Locale.ENGLISH, "layout.logout")).isEqualTo("Sign out");
        assertThat(translations.get(java.util.Locale.ENGLISH, "no.such.key")).isEqualTo("!no.such.key");
    }
}
