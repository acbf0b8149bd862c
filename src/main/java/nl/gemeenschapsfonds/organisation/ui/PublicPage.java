package nl.gemeenschapsfonds.organisation.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.gemeenschapsfonds.base.ui.LanguageSwitch;

/** The frame of the pages a visitor opens without signing in: the language switch, then a narrow column. */
abstract class PublicPage extends VerticalLayout {

    protected final VerticalLayout content = new VerticalLayout();

    PublicPage(String id) {
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
