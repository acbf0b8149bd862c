package nl.gemeenschapsfonds.base.templates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Letters and mail bodies are written as Thymeleaf templates, so that an authority can adjust their wording
 * without a code change: a template in the folder {@code app.templates.folder} (when set) wins over the one
 * shipped in {@code src/main/resources/templates/}. Templates are XHTML (the PDF renderer needs well-formed
 * markup); {@code th:text} escapes what a user typed, so no input can change a letter's markup.
 *
 * <p>Names are paths without the suffix, per language where the wording differs:
 * {@code letters/decision_nl}, {@code mail/receipt_en}. {@link #render(String, Locale, Map)} picks
 * {@code name_<language>} first and falls back to {@code name}.
 */
@Component
public class Templates {

    private final TemplateEngine engine;
    private final TemplateEngine textEngine;
    private final Path folder;

    public Templates(@Value("${app.templates.folder:}") String folder) {
        this.folder = folder == null || folder.isBlank() ? null : Path.of(folder);
        engine = engine(this.folder, ".html", TemplateMode.XML);
        textEngine = engine(this.folder, ".txt", TemplateMode.TEXT);
    }

    private static TemplateEngine engine(Path folder, String suffix, TemplateMode mode) {
        TemplateEngine engine = new TemplateEngine();
        if (folder != null) {
            FileTemplateResolver own = new FileTemplateResolver();
            own.setPrefix(folder.toAbsolutePath() + "/");
            own.setSuffix(suffix);
            own.setTemplateMode(mode);
            own.setCharacterEncoding("UTF-8");
            own.setCheckExistence(true);
            own.setCacheable(false);
            own.setOrder(1);
            engine.addTemplateResolver(own);
        }
        ClassLoaderTemplateResolver shipped = new ClassLoaderTemplateResolver();
        shipped.setPrefix("templates/");
        shipped.setSuffix(suffix);
        shipped.setTemplateMode(mode);
        shipped.setCharacterEncoding("UTF-8");
        shipped.setCheckExistence(true);
        shipped.setCacheable(true);
        shipped.setOrder(2);
        engine.addTemplateResolver(shipped);
        return engine;
    }

    /**
     * Renders the template {@code name} for the reader's language with the given variables.
     *
     * @param name template path without suffix, e.g. {@code letters/decision}
     * @param locale the reader's language; {@code name_nl} or {@code name_en} is used when it exists
     */
    public String render(String name, Locale locale, Map<String, ?> variables) {
        return process(engine, ".html", name, locale, variables);
    }

    /**
     * Renders the plain-text template {@code name} ({@code templates/<name>[_<language>].txt}, same
     * override folder) for the reader's language: for mail bodies, which are plain text. Thymeleaf's
     * TEXT mode: {@code [(${name})]} prints a value as it is, {@code [# th:each="…"]…[/]} repeats; nothing
     * is escaped, as there is no markup a value could change.
     */
    public String renderText(String name, Locale locale, Map<String, ?> variables) {
        return process(textEngine, ".txt", name, locale, variables);
    }

    private String process(TemplateEngine with, String suffix, String name, Locale locale, Map<String, ?> variables) {
        Context context = new Context(locale);
        variables.forEach(context::setVariable);
        String localised = name + "_" + locale.getLanguage();
        return with.process(exists(localised + suffix) ? localised : name, context);
    }

    private boolean exists(String file) {
        if (folder != null && Files.isRegularFile(folder.resolve(file))) {
            return true;
        }
        return Templates.class.getClassLoader().getResource("templates/" + file) != null;
    }
}
