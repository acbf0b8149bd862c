package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The frame of the narrow pages a visitor opens without signing in, mostly from a link in a mail (registration,
 * invitation, password reset, address change, unsubscribe): the language switch, then a narrow column
 * {@link #content} that the page fills.
 */
public abstract class PublicPage extends VerticalLayout {

    protected final VerticalLayout content = new VerticalLayout();

    protected PublicPage(String id) {
        setId(id);
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        LanguageSwitch language = new LanguageSwitch(locale -> {
        });
        setHorizontalComponentAlignment(FlexComponent.Alignment.END, language);
        content.setMaxWidth("32em");
        content.setPadding(false);
        add(language, content);
    }
}
