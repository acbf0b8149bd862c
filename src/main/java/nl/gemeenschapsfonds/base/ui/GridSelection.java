package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.AbstractGridMultiSelectionModel;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.ValueProvider;

/**
 * The check boxes of a multi-select grid, named in the user's language: each row's after the row it selects
 * ("Selecteer GF-2026-0042"), the header's after what it selects (WCAG 4.1.2 name, 3.1.2 language of parts; EN 301 549).
 * <p>
 * Vaadin 25.2's own selection column names every row's check box "Select Row" and the header's "Select All", in English
 * and the same on every row, and has no API to change that (its renderers are the web component's own). So the grid keeps
 * its selection model (select, deselect, the selection events the views listen to) and Vaadin's column is hidden; in its
 * place stands a column rendered by a {@link LitRenderer} template: one check box per row in the browser, and on the
 * server only one more value per row sent (its name) — no component per row (issue 20's memory budget of the work
 * queue). The header's check box is one component, built only where Vaadin's would show (all items in memory).
 * <p>
 * Vaadin 25.3 names these itself ({@code Grid.setI18n(GridI18n)} with {@code selectRow "... {0}"} and {@code selectAll};
 * vaadin/web-components#3471, vaadin/flow-components#9666): with that version this class can give way to it.
 */
public final class GridSelection {

    /** The column's key, and the id prefix of its header check box ({@code <grid id>-select-all}). */
    public static final String KEY = "selection";

    /**
     * The row's check box: checked while the row is selected ({@code live}: also after the server refused a tick).
     * Space on its cell makes the grid click the check box element itself, not its input: that click neither ticks it
     * nor may it reach the grid, which takes it as activating the row (the work queue then opens the application:
     * found walking by keyboard). So a click on the element is passed to its input, as a mouse click is, and no click
     * goes further than the check box.
     */
    private static final String TEMPLATE = """
            <vaadin-checkbox .accessibleName="${item.name}" .checked="${live(model.selected)}"
                @click="${event => { event.stopPropagation();
                    if (event.composedPath()[0] === event.currentTarget) event.currentTarget.inputElement.click(); }}"
                @change="${event => toggle(event.target.checked)}"></vaadin-checkbox>""";

    private GridSelection() {
    }

    /**
     * Makes the grid multi-select with named check boxes. Call it before the grid's other columns are added: the column
     * stands where it is added.
     *
     * @param rowName  what a row is called, e.g. its reference ("GF-2026-0042")
     * @param allKey   translation key of the header check box's name, e.g. "Selecteer alle getoonde betalingen"
     * @return the selection column
     */
    public static <T> Grid.Column<T> named(Grid<T> grid, ValueProvider<T, String> rowName, String allKey) {
        if (!(grid.getSelectionModel() instanceof GridMultiSelectionModel)) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        @SuppressWarnings("unchecked")
        AbstractGridMultiSelectionModel<T> model = (AbstractGridMultiSelectionModel<T>) grid.getSelectionModel();
        Grid.Column<T> column = grid.addColumn(LitRenderer.<T>of(TEMPLATE)
                        .withProperty("name", item -> grid.getTranslation("gridSelection.row", rowName.apply(item)))
                        // as a click on Vaadin's own check box: an event "from the client", unless the row may not be selected
                        .withFunction("toggle", (item, arguments) -> {
                            if (arguments.get(0).asBoolean()) {
                                model.selectFromClient(item);
                            } else {
                                model.deselectFromClient(item);
                            }
                        }))
                // the 26 px check box and the cell's padding (2 x 16 px), no wider: at 56 px, Vaadin's start, the check box
                // was cut off with an ellipsis; at 64 px the work queue at 500 px scrolled sideways (measured in Chromium)
                .setKey(KEY).setWidth("58px").setFlexGrow(0);

        // the header's check box only where Vaadin's would show (all items in memory: /payments), built then: the work
        // queue's lazy rows never show one, and a hidden check box still cost each idle session ~4 KB (issue 20 item 3)
        Checkbox[] all = new Checkbox[1];
        grid.addAttachListener(attach -> {
            if (all[0] == null && model.isSelectAllCheckboxVisible()) {
                all[0] = selectAll(grid, model, allKey);
                column.setHeader(all[0]);
            }
            showAll(grid, model, all[0]);
            // Vaadin's own selection column is kept for its model, but not shown; the model adds it to the grid once the
            // grid is attached, so it is hidden before the response (it is the grid's only child of this tag)
            attach.getUI().beforeClientResponse(grid, context -> grid.getElement().getChildren()
                    .filter(child -> "vaadin-grid-flow-selection-column".equals(child.getTag()))
                    .forEach(vaadins -> vaadins.setProperty("hidden", true)));
        });
        grid.addSelectionListener(change -> showAll(grid, model, all[0]));
        return column;
    }

    private static <T> Checkbox selectAll(Grid<T> grid, AbstractGridMultiSelectionModel<T> model, String allKey) {
        Checkbox all = new Checkbox();
        all.setAriaLabel(grid.getTranslation(allKey));
        grid.getId().ifPresent(id -> all.setId(id + "-select-all"));
        all.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                if (change.getValue()) {
                    model.selectAll();
                } else {
                    model.deselectAll();
                }
            }
        });
        return all;
    }

    /** The header's check box as Vaadin's: there only when all items are in memory, ticked when all are selected. */
    private static <T> void showAll(Grid<T> grid, AbstractGridMultiSelectionModel<T> model, Checkbox all) {
        if (all == null) {
            return;
        }
        all.setVisible(model.isSelectAllCheckboxVisible());
        if (all.isVisible()) {
            long count = model.getSelectedItems().size();
            long total = count == 0 ? 1 : grid.getDataProvider().size(new Query<>());
            all.setValue(count > 0 && count == total);
            all.setIndeterminate(count > 0 && count < total);
        }
    }
}
