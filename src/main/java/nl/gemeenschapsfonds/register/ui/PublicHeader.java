package nl.gemeenschapsfonds.register.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import nl.gemeenschapsfonds.base.ui.LanguageSwitch;

/** The header of the register's public pages: the application's name, the language and a sign-in link. */
final class PublicHeader {

    private PublicHeader() {
    }

    static Header create(com.vaadin.flow.component.Component view) {
        Anchor appName = new Anchor("subsidieregister", view.getTranslation("app.name"));
        appName.addClassName("app-name");
        LanguageSwitch language = new LanguageSwitch(locale -> {
        });
        Anchor login = new Anchor("login", view.getTranslation("publicCalls.login"));
        Div actions = new Div(language, login);
        actions.addClassName("public-header-actions");
        Header header = new Header(appName, actions);
        header.addClassName("public-header");
        return header;
    }

    static Span fact(String text) {
        return new Span(text);
    }
}
