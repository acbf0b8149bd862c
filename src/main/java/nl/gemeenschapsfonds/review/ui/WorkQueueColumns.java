package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import nl.gemeenschapsfonds.base.Formats;
import nl.gemeenschapsfonds.base.ui.ColumnChooser;
import nl.gemeenschapsfonds.review.WorkQueueItem;
import nl.gemeenschapsfonds.security.ViewPreferences;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The work queue's optional columns (issue 20) on the lists' shared {@link ColumnChooser}: the due date by default;
 * amount, call, submitted and number of reviewers when the user switches them on, remembered per user as the view
 * {@value #VIEW} of {@link ViewPreferences}. Hidden columns are not created at all.
 */
final class WorkQueueColumns {

    /** The view's key in the user's preferences, and the prefix of the chooser's ids. */
    static final String VIEW = "work-queue";
    /** The optional columns, in the order they stand. */
    static final List<String> COLUMNS = List.of("amount", "due", "call", "submitted", "reviewers");
    /**
     * Issue 20: application, status and due date (with the selection: four columns) by default; it fits 500 px without
     * scrolling sideways, and each column less is ~7.5 KB less per session. The amount is one click away.
     */
    static final Set<String> DEFAULT_COLUMNS = Set.of("due");

    private WorkQueueColumns() {
    }

    /** Adds the user's optional columns to the grid (after its fixed "application" and "status" columns). */
    static ColumnChooser<WorkQueueItem> on(Grid<WorkQueueItem> grid, ViewPreferences preferences,
                                           Function<WorkQueueItem, String> dueText, Supplier<Locale> locale) {
        return new ColumnChooser<>(grid, VIEW, COLUMNS, DEFAULT_COLUMNS,
                key -> column(grid, key, dueText, locale).setHeader(label(grid, key)), key -> label(grid, key),
                new ColumnChooser.Memory(() -> preferences.visibleColumns(VIEW),
                        keys -> preferences.rememberVisibleColumns(VIEW, keys)));
    }

    private static Grid.Column<WorkQueueItem> column(Grid<WorkQueueItem> grid, String key,
                                                     Function<WorkQueueItem, String> dueText, Supplier<Locale> locale) {
        return switch (key) {
            case "amount" -> grid.addColumn(item -> Formats.money(item.amountRequested(), locale.get()))
                    .setTextAlign(ColumnTextAlign.END).setSortProperty("amountRequested").setAutoWidth(true).setFlexGrow(0);
            // a fixed width (its mark wraps under the date): with application and status it fits 500 px
            // a whole date in its width: "22/12/2026" cannot wrap as "22-12-2026" does, and at 7em English dates were cut
            case "due" -> grid.addColumn(dueText::apply).setSortProperty("decisionDue").setWidth("8.5em").setFlexGrow(0);
            case "call" -> grid.addColumn(item -> item.callTitle(locale.get())).setFlexGrow(2).setWidth("10em");
            case "submitted" -> grid.addColumn(item -> item.submittedAt() == null ? ""
                            : Formats.date(LocalDate.ofInstant(item.submittedAt(), Formats.ZONE), locale.get()))
                    .setSortProperty("submittedAt").setAutoWidth(true).setFlexGrow(0);
            case "reviewers" -> grid.addColumn(WorkQueueItem::reviewers).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setFlexGrow(0);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static String label(Grid<WorkQueueItem> in, String key) {
        return switch (key) {
            case "amount" -> in.getTranslation("workQueue.amount");
            case "due" -> in.getTranslation("workQueue.due");
            case "call" -> in.getTranslation("workQueue.call");
            case "submitted" -> in.getTranslation("workQueue.submittedColumn");
            default -> in.getTranslation("workQueue.reviewers");
        };
    }
}
