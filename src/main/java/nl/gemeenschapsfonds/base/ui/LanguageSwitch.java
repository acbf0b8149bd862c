package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
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
 * Switches between Dutch and English. The choice is kept in a cookie for a year, so the sign-in
 * page of the next visit already speaks it; the page then reloads in the new language.
 */
public class LanguageSwitch extends Select<Locale> {

    static final String COOKIE = "gf-lang";
    private static final String SESSION_ATTRIBUTE = LanguageSwitch.class.getName() + ".locale";

    public LanguageSwitch(Consumer<Locale> onChosen) {
        setId("language-switch");
        setItems(Translations.SUPPORTED);
        setItemLabelGenerator(locale -> "en".equals(locale.getLanguage()) ? "English" : "Nederlands");
        setAriaLabel(getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        setValue(Translations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() || event.getOldValue() != null) {
                Locale chosen = event.getValue();
                apply(chosen);
                onChosen.accept(chosen);
                UI.getCurrent().getPage().reload();
            }
        });
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
