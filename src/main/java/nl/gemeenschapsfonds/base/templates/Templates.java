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

    private final TemplateEngine engine = new TemplateEngine();
    private final Path folder;

    public Templates(@Value("${app.templates.folder:}") String folder) {
        this.folder = folder == null || folder.isBlank() ? null : Path.of(folder);
        if (this.folder != null) {
            FileTemplateResolver own = new FileTemplateResolver();
            own.setPrefix(this.folder.toAbsolutePath() + "/");
            own.setSuffix(".html");
            own.setTemplateMode(TemplateMode.XML);
            own.setCharacterEncoding("UTF-8");
            own.setCheckExistence(true);
            own.setCacheable(false);
            own.setOrder(1);
            engine.addTemplateResolver(own);
        }
        ClassLoaderTemplateResolver shipped = new ClassLoaderTemplateResolver();
        shipped.setPrefix("templates/");
        shipped.setSuffix(".html");
        shipped.setTemplateMode(TemplateMode.XML);
        shipped.setCharacterEncoding("UTF-8");
        shipped.setCheckExistence(true);
        shipped.setCacheable(true);
        shipped.setOrder(2);
        engine.addTemplateResolver(shipped);
    }

    /**
     * Renders the template {@code name} for the reader's language with the given variables.
     *
     * @param name template path without suffix, e.g. {@code letters/decision}
     * @param locale the reader's language; {@code name_nl} or {@code name_en} is used when it exists
     */
    public String render(String name, Locale locale, Map<String, ?> variables) {
        Context context = new Context(locale);
        variables.forEach(context::setVariable);
        String localised = name + "_" + locale.getLanguage();
        return engine.process(exists(localised) ? localised : name, context);
    }

    private boolean exists(String name) {
        if (folder != null && Files.isRegularFile(folder.resolve(name + ".html"))) {
            return true;
        }
        return Templates.class.getClassLoader().getResource("templates/" + name + ".html") != null;
    }
}
