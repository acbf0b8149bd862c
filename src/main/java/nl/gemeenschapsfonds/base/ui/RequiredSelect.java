package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.select.Select;

/**
 * A required {@link Select}, announced correctly. Vaadin's own required indicator puts {@code aria-required} on the
 * select's button ({@code role=button}, where that attribute is not allowed, so screen readers drop it: axe-core's
 * critical {@code aria-allowed-attr}). Instead the label itself says "(verplicht)" — seen and heard — and the
 * server's validation message at the field says what is missing when it is left empty.
 */
public final class RequiredSelect {

    private RequiredSelect() {
    }

    /** Labels the select with {@code label} and the words that it is required, without Vaadin's indicator. */
    public static void label(Select<?> select, String label) {
        select.setRequiredIndicatorVisible(false);
        select.setLabel(label + " " + select.getTranslation("a11y.required"));
    }
}
