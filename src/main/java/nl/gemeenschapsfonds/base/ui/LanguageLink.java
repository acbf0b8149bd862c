package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import nl.gemeenschapsfonds.base.i18n.Translations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signed-in layout's language switch (issue 20's decision): one plain link in the user menu, named after the
 * other language ("English" on a Dutch page, "Nederlands" on an English one), in that language ({@code lang}, WCAG
 * 3.1.2). It leads to {@link LanguageView}, which switches and goes back to the page the user was on; a link holds no
 * listener and no tooltip component in the session, where the button it replaces held both. The page loads anew
 * ({@code router-ignore}), so every text of the layout is in the new language. Public pages keep {@link LanguageSwitch}.
 */
final class LanguageLink extends Anchor {

    static final String ID = "language-switch";
    private final Locale other;

    LanguageLink(Locale shown) {
        Locale current = Translations.supported(shown);
        other = Translations.SUPPORTED.stream().filter(locale -> !locale.getLanguage().equals(current.getLanguage()))
                .findFirst().orElse(current);
        setId(ID);
        addClassName("language-link");
        setText("en".equals(other.getLanguage()) ? "English" : "Nederlands");
        getElement().setAttribute("lang", other.getLanguage());
        getElement().setAttribute("router-ignore", true);
        // the old button's tooltip ("Taal"), as the link's title: an attribute, not a component
        setTitle(getTranslation("language.label"));
        leadBackTo("");
    }

    /** The language this link switches to. */
    Locale target() {
        return other;
    }

    /** After each navigation: the switch comes back to this location (path and query parameters, relative). */
    void leadBackTo(String location) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(LanguageView.TO, List.of(other.getLanguage()));
        parameters.put(LanguageView.BACK, List.of(location == null ? "" : location));
        parameters.put(LanguageView.TOKEN, List.of(LanguageView.token()));
        setHref(LanguageView.ROUTE + "?" + new QueryParameters(parameters).getQueryString());
    }
}
