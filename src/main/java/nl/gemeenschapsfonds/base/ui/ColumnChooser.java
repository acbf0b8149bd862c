package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
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
 * {@link Memory}) or else the defaults. A column is only built while shown. Ids: {@code <prefix>-columns-button},
 * {@code <prefix>-column-choice}, {@code <prefix>-columns-save}.
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

    /** The "Columns" button, opening the choice (words only, no icon: issue 20's memory per session). */
    public Button button() {
        Button button = new Button(grid.getTranslation("listView.columns"), click -> choose());
        button.setId(prefix + "-columns-button");
        return button;
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

    private void choose() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(grid.getTranslation("listView.columns"));
        CheckboxGroup<String> choice = new CheckboxGroup<>(grid.getTranslation("listView.columnsHint"));
        choice.setId(prefix + "-column-choice");
        choice.setItems(keys);
        choice.setItemLabelGenerator(label::apply);
        choice.setValue(visible());
        Button save = new Button(grid.getTranslation("listView.save"), click -> {
            show(choice.getValue());
            dialog.close();
        });
        save.setId(prefix + "-columns-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(choice);
        dialog.getFooter().add(new Button(grid.getTranslation("listView.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
