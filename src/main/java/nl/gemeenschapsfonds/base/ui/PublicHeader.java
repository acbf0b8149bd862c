package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;

/**
 * The header of every wide public page (open calls, grant register, privacy and accessibility statements): the
 * application's name, the language switch and one action (sign in, back to one's work, home). Styled by
 * {@code .public-header} in app.css; the narrow pages opened from a mail use {@link PublicPage}.
 */
public final class PublicHeader {

    private PublicHeader() {
    }

    /**
     * @param view   the page (for its translations)
     * @param home   where the application's name leads, or null for a name that is no link
     * @param action the link on the right, after the language switch
     */
    public static Header create(Component view, String home, Anchor action) {
        Component appName = home == null ? new Span(view.getTranslation("app.name"))
                : new Anchor(home, view.getTranslation("app.name"));
        appName.getElement().getClassList().add("app-name");
        LanguageSwitch language = new LanguageSwitch(locale -> {
        });
        Div actions = new Div(language, action);
        actions.addClassName("public-header-actions");
        Header header = new Header(appName, actions);
        header.addClassName("public-header");
        return header;
    }

    /** A link to the start page, for a statement page's header. */
    public static Anchor home(Component view, String id) {
        Anchor home = new Anchor("", view.getTranslation("error.home"));
        home.setId(id);
        return home;
    }
}
