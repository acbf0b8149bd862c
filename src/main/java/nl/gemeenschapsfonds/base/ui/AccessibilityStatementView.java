package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
public class AccessibilityStatementView extends PublicStatement {

    public static final String ROUTE = "toegankelijkheid";

    AccessibilityStatementView(@Value("${app.accessibility.contact:toegankelijkheid@gemeenschapsfonds.nl}") String contact) {
        super("accessibility-statement-view", "a11y.statement.", "a11y-statement-home");

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
}
