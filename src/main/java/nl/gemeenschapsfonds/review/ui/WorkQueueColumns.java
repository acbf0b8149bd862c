package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.review.WorkQueueItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The work queue's optional columns (issue 20): amount and due date by default; call, submitted and number of reviewers
 * when the user switches them on. Hidden columns are not created at all. {@link Chooser} is the dialog that picks them.
 */
class WorkQueueColumns {

    /** The optional columns, in the order they stand. */
    static final List<String> COLUMNS = List.of("amount", "due", "call", "submitted", "reviewers");
    static final Set<String> DEFAULT_COLUMNS = Set.of("amount", "due");

    private final Grid<WorkQueueItem> grid;
    private final Function<WorkQueueItem, String> dueText;
    private final Supplier<Locale> locale;
    private final Map<String, Grid.Column<WorkQueueItem>> shown = new LinkedHashMap<>();

    /** Adds the {@code visible} optional columns to the grid (after its fixed "application" and "status" columns). */
    WorkQueueColumns(Grid<WorkQueueItem> grid, Set<String> visible, Function<WorkQueueItem, String> dueText,
                     Supplier<Locale> locale) {
        this.grid = grid;
        this.locale = locale;
        this.dueText = dueText;
        COLUMNS.stream().filter(visible::contains).forEach(this::add);
    }

    /** The optional columns shown now, in their order. */
    Set<String> shown() {
        return new LinkedHashSet<>(shown.keySet());
    }

    /** Shows the columns chosen, in their fixed order; answers the choice as it is to be remembered. */
    Set<String> show(Set<String> chosen) {
        for (String key : COLUMNS) {
            if (chosen.contains(key) && !shown.containsKey(key)) {
                add(key);
            } else if (!chosen.contains(key) && shown.containsKey(key)) {
                grid.removeColumn(shown.remove(key));
            }
        }
        List<Grid.Column<WorkQueueItem>> order = new ArrayList<>();
        order.add(grid.getColumnByKey("application"));
        order.add(grid.getColumnByKey("status"));
        COLUMNS.stream().filter(shown::containsKey).map(shown::get).forEach(order::add);
        grid.setColumnOrder(order);
        return new LinkedHashSet<>(COLUMNS.stream().filter(chosen::contains).toList());
    }

    private void add(String key) {
        Grid.Column<WorkQueueItem> column = switch (key) {
            case "amount" -> grid.addColumn(item -> Formats.money(item.amountRequested(), locale.get()))
                    .setTextAlign(ColumnTextAlign.END).setSortProperty("amountRequested").setAutoWidth(true).setFlexGrow(0);
            case "due" -> grid.addColumn(dueText::apply).setSortProperty("decisionDue").setAutoWidth(true).setFlexGrow(0);
            case "call" -> grid.addColumn(item -> item.callTitle(locale.get())).setFlexGrow(2).setWidth("10em");
            case "submitted" -> grid.addColumn(item -> item.submittedAt() == null ? ""
                            : Formats.date(LocalDate.ofInstant(item.submittedAt(), Formats.ZONE), locale.get()))
                    .setSortProperty("submittedAt").setAutoWidth(true).setFlexGrow(0);
            case "reviewers" -> grid.addColumn(WorkQueueItem::reviewers).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setFlexGrow(0);
            default -> throw new IllegalArgumentException(key);
        };
        column.setHeader(label(grid, key)).setKey(key);
        shown.put(key, column);
    }

    static String label(com.vaadin.flow.component.Component in, String key) {
        return switch (key) {
            case "amount" -> in.getTranslation("workQueue.amount");
            case "due" -> in.getTranslation("workQueue.due");
            case "call" -> in.getTranslation("workQueue.call");
            case "submitted" -> in.getTranslation("workQueue.submittedColumn");
            default -> in.getTranslation("workQueue.reviewers");
        };
    }

    /** The dialog that picks the optional columns; fires {@link Chosen} on save. */
    static class Chooser extends Dialog {

        static class Chosen extends ComponentEvent<Chooser> {
            private final Set<String> columns;

            Chosen(Chooser source, Set<String> columns) {
                super(source, true);
                this.columns = columns;
            }

            Set<String> columns() {
                return columns;
            }
        }

        Chooser(Set<String> shown) {
            setHeaderTitle(getTranslation("workQueue.columns"));
            CheckboxGroup<String> choice = new CheckboxGroup<>(getTranslation("workQueue.columnsHint"));
            choice.setId("work-queue-column-choice");
            choice.setItems(COLUMNS);
            choice.setItemLabelGenerator(key -> label(this, key));
            choice.setValue(shown);
            Button save = new Button(getTranslation("workQueue.save"), click -> {
                fireEvent(new Chosen(this, choice.getValue()));
                close();
            });
            save.setId("work-queue-columns-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(choice);
            getFooter().add(new Button(getTranslation("workQueue.cancel"), click -> close()), save);
        }

        Registration addChosenListener(ComponentEventListener<Chosen> listener) {
            return addListener(Chosen.class, listener);
        }
    }
}
