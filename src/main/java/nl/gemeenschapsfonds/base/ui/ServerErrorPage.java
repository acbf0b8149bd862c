package nl.gemeenschapsfonds.base.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.gemeenschapsfonds.base.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The page for every error the server answers outside a Vaadin view (a mistyped address while signed
 * in, a download link that expired, a refused method, a too large request, a crash): the application's
 * own page in the user's language instead of Spring's English "Whitelabel Error Page". Spring Boot's
 * error controller renders the view named {@code error}; clients that do not ask for HTML still get JSON.
 */
@Component("error")
class ServerErrorPage implements View {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorPage.class);
    /** Vaadin answers 403 for a download (a dynamic resource) its session no longer holds. */
    private static final String DYNAMIC_RESOURCE = "/VAADIN/dynamic/";

    private final Translations translations;

    ServerErrorPage(Translations translations) {
        this.translations = translations;
    }

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        int status = model.get("status") instanceof Integer code ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String path = model.get("path") instanceof String p ? p : "";
        Locale locale = language(request);
        String key = key(status, path);
        String text = translations.get(locale, "errorPage." + key + ".text");
        if (status >= 500) {
            String reference = UiSetup.newReference();
            log.error("Error {} on '{}', reference {}", status, path, reference,
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            text = text + " " + translations.get(locale, "errorPage.reference", reference);
        }
        String title = translations.get(locale, "errorPage." + key + ".title");
        String home = request.getContextPath() + "/";
        String html = """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – %s</title>
                <link rel="stylesheet" href="%sassets/app.css">
                </head>
                <body>
                <main id="server-error" class="server-error-page" data-status="%d">
                <h1>%s</h1>
                <p>%s</p>
                <p><a id="server-error-home" href="%s">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), esc(title), esc(translations.get(locale, "app.name")), home, status,
                esc(title), esc(text), home, esc(translations.get(locale, "error.home")));
        if (response.getContentType() == null) {
            response.setContentType(getContentType());
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(html);
    }

    private static String key(int status, String path) {
        if (path.startsWith(DYNAMIC_RESOURCE) && (status == 403 || status == 404 || status == 410)) {
            return "expired";
        }
        return switch (status) {
            case 400 -> "badRequest";
            case 401, 403, 404 -> "notFound";
            case 405 -> "method";
            case 413 -> "tooLarge";
            default -> status >= 500 ? "server" : "badRequest";
        };
    }

    /** The language chosen with the switch (kept in a cookie), else Dutch, as in the views. */
    private static Locale language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Translations.DUTCH;
        }
        return Arrays.stream(cookies).filter(cookie -> LanguageSwitch.COOKIE.equals(cookie.getName()))
                .map(cookie -> Translations.supported(Locale.of(cookie.getValue())))
                .findFirst().orElse(Translations.DUTCH);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
