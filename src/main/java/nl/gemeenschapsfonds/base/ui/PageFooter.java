package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;

/**
 * The footer of every page, signed in or not: the link to the accessibility statement, as the Dutch
 * government's rules ask of every page, and to the privacy statement. The main layout adds it below each view; {@link UiSetup} adds it to
 * every page without that layout.
 */
public final class PageFooter extends Footer {

    public static final String ID = "page-footer";

    public PageFooter() {
        setId(ID);
        addClassName("page-footer");
        Anchor statement = new Anchor(AccessibilityStatementView.ROUTE, getTranslation("a11y.footer.statement"));
        statement.setId("footer-accessibility-statement");
        add(statement);
        // issue 17 item 6: the privacy statement (records.ui.PrivacyView, route "privacy")
        Anchor privacy = new Anchor("privacy", getTranslation("privacy.footer"));
        privacy.setId("footer-privacy");
        add(privacy);
    }
}
