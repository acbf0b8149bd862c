package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Issue 20's optional columns of a list: the columns the grid has when the chooser is made stay first and always;
 * the optional ones stand after them in a fixed order, those the user chose (remembered per user through
 * {@link Memory}) or else the defaults. A column is only built while shown. The choice itself is a "Kolommen" section
 * of the list's filter panel ({@link FilterBar#addColumnChoice}), built with the panel when it is first opened: an
 * idle list holds no button for it (a Vaadin button costs every session ~4 KB, issue 20 item 3, mem23). Id of the
 * choice: {@code <prefix>-column-choice}.
 */
public final class ColumnChooser<T> {

    /** Where the user's choice is kept (per user and view; e.g. {@code security.ViewPreferences}). */
    public record Memory(Supplier<Optional<Set<String>>> load, Consumer<Set<String>> save) {
    }

    private final Grid<T> grid;
    private final String prefix;
    private final List<String> keys;
    private final Function<String, Grid.Column<T>> factory;
    private final Function<String, String> label;
    private final Memory memory;
    private final List<Grid.Column<T>> fixed;
    private final Map<String, Grid.Column<T>> shown = new LinkedHashMap<>();

    /**
     * @param keys    the optional columns' keys in the order they stand
     * @param factory adds the column of a key to the grid (the chooser sets its key)
     */
    public ColumnChooser(Grid<T> grid, String prefix, List<String> keys, Set<String> defaults,
                         Function<String, Grid.Column<T>> factory, Function<String, String> label, Memory memory) {
        this.grid = grid;
        this.prefix = prefix;
        this.keys = keys;
        this.factory = factory;
        this.label = label;
        this.memory = memory;
        this.fixed = List.copyOf(grid.getColumns());
        Set<String> visible = memory.load().get().orElse(defaults);
        keys.stream().filter(visible::contains).forEach(this::add);
    }

    /** The keys of the optional columns shown now, in their order. */
    public Set<String> visible() {
        return new LinkedHashSet<>(shown.keySet());
    }

    /**
     * The "Kolommen" section of the filter panel: one checkbox per optional column, labelled with the column's header,
     * the group named "Kolommen" with the hint that the choice is remembered. A tick shows or hides its column at once
     * and remembers the choice, as the panel's filter fields apply at once.
     */
    CheckboxGroup<String> choice() {
        CheckboxGroup<String> choice = new CheckboxGroup<>(grid.getTranslation("listView.columns"));
        choice.setId(prefix + "-column-choice");
        choice.addClassName("column-choice");
        choice.setHelperText(grid.getTranslation("listView.columnsHint"));
        choice.setItems(keys);
        choice.setItemLabelGenerator(label::apply);
        choice.setValue(visible());
        choice.addValueChangeListener(change -> show(change.getValue()));
        return choice;
    }

    /** Shows the columns chosen, in their fixed order, and remembers the choice for the user. */
    public void show(Set<String> chosen) {
        for (String key : keys) {
            if (chosen.contains(key) && !shown.containsKey(key)) {
                add(key);
            } else if (!chosen.contains(key) && shown.containsKey(key)) {
                grid.removeColumn(shown.remove(key));
            }
        }
        List<Grid.Column<T>> order = new ArrayList<>(fixed);
        keys.stream().filter(shown::containsKey).map(shown::get).forEach(order::add);
        grid.setColumnOrder(order);
        memory.save().accept(new LinkedHashSet<>(keys.stream().filter(chosen::contains).toList()));
    }

    private void add(String key) {
        Grid.Column<T> column = factory.apply(key);
        column.setKey(key);
        shown.put(key, column);
    }
}
