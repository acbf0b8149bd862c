package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.internal.UrlUtil;
import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * The signed-in menu: Vaadin's {@code <vaadin-side-nav>} with a {@code <vaadin-side-nav-item>} per view the user may
 * open, written as one {@link Html} component. The web components do everything a user sees in the browser (the
 * links, the mark on the page shown, which follows each navigation); the server never looks at the menu again once
 * it is sent. Vaadin's {@code SideNav} and {@code SideNavItem} would keep a component per entry in every signed-in
 * session, each with a listener for an "expanded" state that a menu without sub-entries never has: ~8 KB of heap per
 * session (issue 20 item 3, mem23). The markup is the one those components write: the menu's name in the
 * {@code label} slot, each entry's path as its {@code path} attribute (as {@code SideNavItem.setPath} writes it:
 * without a leading slash, encoded), its title as its text.
 */
@JsModule("@vaadin/side-nav/src/vaadin-side-nav.js")
@JsModule("@vaadin/side-nav/src/vaadin-side-nav-item.js")
final class MainMenu extends Html {

    static final String ID = "main-menu";

    /** One entry: its words and the path of its view. */
    record Entry(String title, String path) {
    }

    MainMenu(String label, List<Entry> entries) {
        super(markup(label, entries));
    }

    private static String markup(String label, List<Entry> entries) {
        StringBuilder html = new StringBuilder("<vaadin-side-nav id=\"" + ID + "\"><span slot=\"label\">")
                .append(HtmlUtils.htmlEscape(label)).append("</span>");
        for (Entry entry : entries) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            html.append("<vaadin-side-nav-item path=\"").append(HtmlUtils.htmlEscape(UrlUtil.encodeURI(path))).append("\">")
                    .append(HtmlUtils.htmlEscape(entry.title())).append("</vaadin-side-nav-item>");
        }
        return html.append("</vaadin-side-nav>").toString();
    }
}
