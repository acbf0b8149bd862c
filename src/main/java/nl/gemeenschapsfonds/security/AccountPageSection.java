package nl.gemeenschapsfonds.security;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to "Mijn account" (issue 17: the privacy module's "Mijn gegevens", mail preferences
 * and "close my account"), so the account page shows it without security depending on that module. A Spring bean;
 * {@link #create()} makes a fresh component for each page.
 */
public interface AccountPageSection {

    /** Sections are shown in this order, after the page's own. */
    int order();

    /** A new component for the signed-in user's account page; null when it has nothing for this user. */
    Component create();
}
