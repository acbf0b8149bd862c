package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Issue 20's filter bar of an all-day list view: a "Filter" button whose panel is built only when first opened
 * (a closed list holds no filter fields), room for more tools (an action of the view), and the active filters as
 * removable chips. A list with optional columns has its "Kolommen" choice in the same panel
 * ({@link #addColumnChoice}; the button is then named "Filter en kolommen"): an idle list holds neither. The filter
 * itself lives in the URL's query parameters: the view reads them in {@code beforeEnter}, shows them with
 * {@link #showChips}, and navigates to new parameters when a field or chip changes, so that a filtered list can be
 * bookmarked and survives a reload. Ids start with the given prefix: {@code -filter-button}, {@code -filters} (the
 * panel), {@code -chips}, {@code -chip-<key>}, {@code -chip-clear}, {@code -column-choice}.
 */
public class FilterBar extends Div {

    /** One active filter: its query parameter, its text ("Status: Ingediend"), and how to go without it. */
    public record Chip(String key, String text, Runnable remove) {
    }

    private final String prefix;
    private final Supplier<Component> panelContent;
    private final Button filterButton = new Button();
    /** How many tools ("Filter" and those added) stand first in the bar, before the panel and the chips. */
    private int tools;
    /** Built the first time a filter is active (issue 20: an unfiltered list holds no chip row). */
    private Div chips;
    private Div panel;
    /** The list's optional columns, whose choice is a section of the panel (null: the list has none). */
    private ColumnChooser<?> columns;
    /** How many filters are active (the button's count). */
    private int activeCount;

    /** @param panelContent builds the filter fields; called once, when the panel is first opened */
    public FilterBar(String prefix, Supplier<Component> panelContent) {
        this.prefix = prefix;
        this.panelContent = panelContent;
        filterButton.setId(prefix + "-filter-button");
        // words only, no icon: issue 20's memory per session (the button's name is its text)
        filterButton.setText(getTranslation("listView.filter"));
        filterButton.getElement().setAttribute("aria-expanded", "false");
        filterButton.addClickListener(click -> toggle());
        // the tools stand in the bar itself, which wraps them (app.css, mem22): no layout component around them
        // (issue 20: one fewer per session of every list); the panel and the chips take a line of their own below
        addClassName("filter-bar");
        add(filterButton);
        tools = 1;
    }

    /** More buttons next to "Filter" (an action of the view, such as the work queue's review settings). */
    public void addTools(Component... more) {
        for (Component tool : more) {
            addComponentAtIndex(tools++, tool);
        }
    }

    /**
     * The list's column choice goes into the panel, after the filter fields, as a "Kolommen" section (issue 20 item 3:
     * a separate "Kolommen" button cost every idle session ~4 KB); the button says that it opens both.
     */
    public void addColumnChoice(ColumnChooser<?> chooser) {
        this.columns = chooser;
        showCount();
    }

    /** Whether the panel was ever opened (and its fields exist). */
    public boolean isPanelBuilt() {
        return panel != null;
    }

    /** Opens the panel (building it the first time) or closes it. */
    public void toggle() {
        if (panel == null) {
            panel = new Div(panelContent.get());
            if (columns != null) {
                panel.add(columns.choice());
            }
            panel.setId(prefix + "-filters");
            panel.addClassName("filter-panel");
            addComponentAtIndex(tools, panel);
        } else {
            panel.setVisible(!panel.isVisible());
        }
        filterButton.getElement().setAttribute("aria-expanded", String.valueOf(panel.isVisible()));
    }

    /** Shows one removable chip per active filter, and "clear all" when there are two or more. */
    public void showChips(List<Chip> active, Runnable clearAll) {
        if (chips == null && !active.isEmpty()) {
            chips = new Div();
            chips.setId(prefix + "-chips");
            chips.addClassName("filter-chips");
            add(chips); // after the tools and the panel (the panel goes in right after the tools when it is built later)
        }
        activeCount = active.size();
        if (chips == null) {
            showCount();
            return;
        }
        chips.removeAll();
        for (Chip each : active) {
            Button chip = new Button(each.text(), VaadinIcon.CLOSE_SMALL.create(), click -> each.remove().run());
            chip.setIconAfterText(true);
            chip.setId(prefix + "-chip-" + each.key());
            chip.addClassName("filter-chip");
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.setAriaLabel(getTranslation("listView.removeFilter", each.text()));
            chips.add(chip);
        }
        if (active.size() > 1) {
            Button clear = new Button(getTranslation("listView.clearFilters"), click -> clearAll.run());
            clear.setId(prefix + "-chip-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            chips.add(clear);
        }
        chips.setVisible(!active.isEmpty());
        showCount();
    }

    /** "Filter", "Filter (2)"; with a column choice "Filter en kolommen", "Filter (2) en kolommen". */
    private void showCount() {
        if (columns == null) {
            filterButton.setText(activeCount == 0 ? getTranslation("listView.filter")
                    : getTranslation("listView.filter") + " (" + activeCount + ")");
        } else {
            filterButton.setText(activeCount == 0 ? getTranslation("listView.filterAndColumns")
                    : getTranslation("listView.filterAndColumns.active", activeCount));
        }
    }

    /** The panel's fields side by side, wrapping on a narrow screen. */
    public static HorizontalLayout fields(Component... fields) {
        HorizontalLayout layout = new HorizontalLayout(fields);
        layout.setWrap(true);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        return layout;
    }

    // --- reading a URL's query parameters: what cannot be read is left out ------------------------------------------

    public static String parameter(Map<String, List<String>> parameters, String key) {
        return Optional.ofNullable(parameters.get(key)).filter(values -> !values.isEmpty()).map(List::getFirst)
                .filter(value -> !value.isBlank()).orElse(null);
    }

    public static <E extends Enum<E>> E enumParameter(Map<String, List<String>> parameters, String key, Class<E> type) {
        String value = parameter(parameters, key);
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public static Long longParameter(Map<String, List<String>> parameters, String key) {
        String value = parameter(parameters, key);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    public static LocalDate dateParameter(Map<String, List<String>> parameters, String key) {
        String value = parameter(parameters, key);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
