package nl.gemeenschapsfonds.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import nl.gemeenschapsfonds.review.WorkQueueExport;

import java.util.Locale;
import java.util.function.Function;

/**
 * The work queue's bulk bar (issue 21.4): how many rows are chosen, "all rows of the filter", clear, assign (the lead
 * only), extend, and the exports. Each button fires {@link Action}; the exports download what the view's handler
 * writes. On a narrow screen (issue 21: at 320 px it pushed the grid below the fold) it is one compact line: the
 * buttons keep their icon, tooltip and accessible name, and app.css hides their label text ({@code .wq-bulk-action}).
 */
class WorkQueueBulkBar extends HorizontalLayout {

    /** What the user asked the bar for. */
    enum Kind { SELECT_ALL_OF_FILTER, CLEAR_SELECTION, ASSIGN, EXTEND }

    static class Action extends ComponentEvent<WorkQueueBulkBar> {
        private final Kind kind;

        Action(WorkQueueBulkBar source, Kind kind) {
            super(source, true);
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }

    private final Span selection = new Span();
    private final Button clearSelection;

    WorkQueueBulkBar(boolean lead, Function<WorkQueueExport.Format, DownloadHandler> downloads) {
        setId("work-queue-bulk");
        addClassName("wq-bulk");
        setWrap(true);
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        selection.setId("work-queue-selection");
        selection.addClassName("wq-bulk-selection");
        add(selection);
        Button selectAll = button("work-queue-select-all", "workQueue.selectAllOfFilter", VaadinIcon.CHECK_SQUARE_O,
                Kind.SELECT_ALL_OF_FILTER);
        clearSelection = button("work-queue-clear-selection", "workQueue.clearSelection", VaadinIcon.CLOSE_SMALL,
                Kind.CLEAR_SELECTION);
        selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearSelection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (lead) {
            button("work-queue-assign", "workQueue.assign", VaadinIcon.USER_CHECK, Kind.ASSIGN);
        }
        button("work-queue-extend", "workQueue.extend", VaadinIcon.CALENDAR_CLOCK, Kind.EXTEND);
        add(download(WorkQueueExport.Format.CSV, "workQueue.exportCsv", downloads),
                download(WorkQueueExport.Format.XLSX, "workQueue.exportXlsx", downloads));
    }

    /** Shows how many rows are chosen: all of the filter (when {@code allOfFilter}) or those selected in the grid. */
    void showSelection(int count, boolean allOfFilter) {
        selection.setText(allOfFilter ? getTranslation("workQueue.allOfFilter", count) : getTranslation("workQueue.selected", count));
        clearSelection.setVisible(allOfFilter || count > 0);
    }

    Registration addActionListener(ComponentEventListener<Action> listener) {
        return addListener(Action.class, listener);
    }

    /**
     * A button with its icon always and its label, which the narrow layout hides (app.css: the {@code label} part of
     * {@code .wq-bulk-action}); its accessible name and tooltip keep the words.
     */
    private Button button(String id, String labelKey, VaadinIcon icon, Kind kind) {
        String label = getTranslation(labelKey);
        Button button = new Button(label, icon.create(), click -> fireEvent(new Action(this, kind)));
        button.addClassName("wq-bulk-action");
        button.setId(id);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        add(button);
        return button;
    }

    private Anchor download(WorkQueueExport.Format format, String label, Function<WorkQueueExport.Format, DownloadHandler> downloads) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        Anchor anchor = new Anchor(downloads.apply(format), "");
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation(label)));
        anchor.setId("work-queue-export-" + extension);
        anchor.setTitle(getTranslation("workQueue.exportHint"));
        anchor.addClassName("work-queue-export");
        return anchor;
    }
}
