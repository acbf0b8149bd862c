package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement (toegankelijkheidsverklaring) in the format of the Dutch government's model
 * (toegankelijkheidsverklaring.nl): status, date of the last check, what was checked, known problems with when
 * they are fixed, and whom to contact. Public, in Dutch and English, linked from every page's footer. The text
 * lives in the translation files; the contact address is the setting {@code app.accessibility.contact}.
 */
@Route(value = AccessibilityStatementView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "toegankelijkheid";

    AccessibilityStatementView(@Value("${app.accessibility.contact:toegankelijkheid@gemeenschapsfonds.nl}") String contact) {
        setId("accessibility-statement-view");
        addClassName("public-page");
        setMaxWidth("48rem");
        add(header(), new H1(getTranslation("a11y.statement.title")), new Paragraph(getTranslation("a11y.statement.intro")));

        section("status");
        Paragraph status = new Paragraph(getTranslation("a11y.statement.status.value"));
        status.setId("a11y-statement-status");
        add(status, new Paragraph(getTranslation("a11y.statement.status.text")));

        section("checked");
        Paragraph lastCheck = new Paragraph(getTranslation("a11y.statement.checked.date"));
        lastCheck.setId("a11y-statement-last-check");
        add(lastCheck, list("a11y.statement.checked.item", 5));

        section("issues");
        add(new Paragraph(getTranslation("a11y.statement.issues.text")), list("a11y.statement.issues.item", 4));

        section("contact");
        Anchor mail = new Anchor("mailto:" + contact, contact);
        mail.setId("a11y-statement-contact");
        add(new Paragraph(new Span(getTranslation("a11y.statement.contact.text") + " "), mail),
                new Paragraph(getTranslation("a11y.statement.contact.ombudsman")));

        section("about");
        add(new Paragraph(getTranslation("a11y.statement.about.text")));
    }

    private void section(String name) {
        add(new H2(getTranslation("a11y.statement." + name)));
    }

    private UnorderedList list(String prefix, int count) {
        UnorderedList list = new UnorderedList();
        for (int i = 1; i <= count; i++) {
            list.add(new ListItem(getTranslation(prefix + i)));
        }
        return list;
    }

    private Component header() {
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        LanguageSwitch language = new LanguageSwitch(locale -> {
        });
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.setId("a11y-statement-home");
        Div actions = new Div(language, home);
        actions.addClassName("public-header-actions");
        Header header = new Header(appName, actions);
        header.addClassName("public-header");
        return header;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.statement.title") + " | " + getTranslation("app.name");
    }
}
