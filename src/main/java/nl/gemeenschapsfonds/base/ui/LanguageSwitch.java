package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import nl.gemeenschapsfonds.base.i18n.Translations;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Switches between Dutch and English: one button named after the other language ("English" on a Dutch page,
 * "Nederlands" on an English one; issue 20: lighter than a select, and one click). The choice is kept in a cookie
 * for a year, so the sign-in page of the next visit already speaks it; the page then reloads in the new language.
 */
public class LanguageSwitch extends Button {

    static final String COOKIE = "gf-lang";
    private static final String SESSION_ATTRIBUTE = LanguageSwitch.class.getName() + ".locale";

    public LanguageSwitch(Consumer<Locale> onChosen) {
        setId("language-switch");
        Locale shown = Translations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        Locale other = Translations.SUPPORTED.stream().filter(locale -> !locale.getLanguage().equals(shown.getLanguage()))
                .findFirst().orElse(shown);
        boolean toEnglish = "en".equals(other.getLanguage());
        setText(toEnglish ? "English" : "Nederlands");
        // the button's name is in the language it switches to: a screen reader reads it in that language (WCAG 3.1.2)
        getElement().setAttribute("lang", other.getLanguage());
        setTooltipText(getTranslation("language.label"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> {
            apply(other);
            onChosen.accept(other);
            UI.getCurrent().getPage().reload();
        });
    }

    /** The language this button switches to. */
    public Locale target() {
        return Translations.supported(Locale.of(getElement().getAttribute("lang")));
    }

    /** Sets the language for this tab and session and remembers it in the cookie. */
    static void apply(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, locale);
            session.setLocale(locale);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(locale);
        }
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }

    /** The language chosen in this session, else the one remembered in the request's cookie, else none. */
    static Optional<Locale> remembered(VaadinSession session, VaadinRequest request) {
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return Optional.of(chosen);
        }
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> Translations.supported(Locale.of(cookie.getValue())))
                .findFirst();
    }
}
