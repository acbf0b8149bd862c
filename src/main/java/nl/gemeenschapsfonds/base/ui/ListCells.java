package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;

import java.util.function.Function;

/**
 * Issue 20's cells of an all-day list: one two-line cell (a key and a title on the first line, a second line in
 * grey) instead of three columns, and a status badge; one renderer each, the same look as the work queue's
 * ({@code wq-*} classes in frontend/assets/app.css).
 */
public final class ListCells {

    private ListCells() {
    }

    /** Key and title on the first line, the second line under it; a link when {@code href} gives one. */
    public static <T> LitRenderer<T> twoLines(Function<T, String> key, Function<T, String> title, Function<T, String> second,
                                              Function<T, String> href) {
        return twoLines(key, title, second, href, null);
    }

    /** The same with an id on the link (for tests and skip links). */
    public static <T> LitRenderer<T> twoLines(Function<T, String> key, Function<T, String> title, Function<T, String> second,
                                              Function<T, String> href, Function<T, String> linkId) {
        String first = href == null
                ? "<span class=\"wq-reference grid-key\">${item.key}</span> <span class=\"wq-title\">${item.title}</span>"
                : "<a class=\"wq-link\" href=\"${item.href}\"" + (linkId == null ? "" : " id=\"${item.linkId}\"")
                + "><span class=\"wq-reference grid-key\">${item.key}</span> <span class=\"wq-title\">${item.title}</span></a>";
        LitRenderer<T> renderer = LitRenderer.<T>of("<div class=\"wq-application\">" + first
                        + "<div class=\"wq-organisation\">${item.second}</div></div>")
                .withProperty("key", key::apply)
                .withProperty("title", title::apply)
                .withProperty("second", second::apply);
        if (linkId != null) {
            renderer = renderer.withProperty("linkId", linkId::apply);
        }
        return href == null ? renderer : renderer.withProperty("href", href::apply);
    }

    /** A badge with the status's words; {@code tone} adds a class ({@code wq-granted}, {@code wq-refused}, …). */
    public static <T> LitRenderer<T> badge(Function<T, String> text, Function<T, String> tone) {
        return LitRenderer.<T>of("<span class=\"wq-badge ${item.tone}\">${item.status}</span>")
                .withProperty("status", text::apply)
                .withProperty("tone", tone::apply);
    }

    /** A badge followed by its detail (": a reason", " (a mark)"), wrapping on a narrow column. */
    public static <T> LitRenderer<T> badgeWithDetail(Function<T, String> text, Function<T, String> tone, Function<T, String> detail) {
        return LitRenderer.<T>of("<div class=\"wq-application\"><span class=\"wq-badge ${item.tone}\">${item.status}</span>"
                        + "<span class=\"wq-detail\">${item.detail}</span></div>")
                .withProperty("status", text::apply)
                .withProperty("tone", tone::apply)
                .withProperty("detail", detail::apply);
    }
}
