package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A public statement page (privacy, accessibility): the {@link PublicHeader} with a link home, a title, an
 * introduction, then sections of paragraphs and lists whose texts live in the translation files under the page's
 * prefix ({@code privacy.}, {@code a11y.statement.}).
 */
public abstract class PublicStatement extends VerticalLayout implements HasDynamicTitle {

    private final String prefix;

    /** @param prefix the translation keys' prefix with its dot; the page's title is {@code <prefix>title} */
    protected PublicStatement(String id, String prefix, String homeId) {
        this.prefix = prefix;
        setId(id);
        addClassName("public-page");
        setMaxWidth("48rem");
        add(PublicHeader.create(this, null, PublicHeader.home(this, homeId)), new H1(getTranslation(prefix + "title")),
                new Paragraph(getTranslation(prefix + "intro")));
    }

    /** The heading of a section: {@code <prefix><name>}. */
    protected void section(String name) {
        add(new H2(getTranslation(prefix + name)));
    }

    /** A list of the texts {@code <key>1} to {@code <key><count>}. */
    protected UnorderedList list(String key, int count) {
        UnorderedList list = new UnorderedList();
        for (int i = 1; i <= count; i++) {
            list.add(new ListItem(getTranslation(key + i)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + "title") + " | " + getTranslation("app.name");
    }
}
