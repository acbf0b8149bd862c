package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.Jsoup;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * The signed-in menu as the browser gets it: the entries of {@link MainMenu}'s markup (Vaadin's side-nav web
 * components in one Html, issue 20 item 3), for the view tests that check what the menu offers.
 */
public final class MenuShown {

    /** One entry: its words and the path it leads to. */
    public record Entry(String label, String path) {
    }

    private MenuShown() {
    }

    /** The entries of the menu on the current page. */
    public static List<Entry> entries() {
        return of(_get(MainMenu.class, spec -> spec.withId(MainMenu.ID)));
    }

    /** The entries of the menu of this layout (one not shown, too). */
    public static List<Entry> entries(Component layout) {
        return of(_get(layout, MainMenu.class, spec -> spec.withId(MainMenu.ID)));
    }

    public static List<String> labels() {
        return entries().stream().map(Entry::label).toList();
    }

    private static List<Entry> of(MainMenu menu) {
        return Jsoup.parseBodyFragment(menu.getInnerHtml()).select("vaadin-side-nav-item").stream()
                .map(item -> new Entry(item.text(), item.attr("path"))).toList();
    }
}
